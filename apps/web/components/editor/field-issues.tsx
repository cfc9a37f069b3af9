import styles from "./editor.module.css";

/** The problems at one field, under it; the input points at them with aria-describedby. */
export function FieldIssues({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className={styles.issues} id={id} data-testid="field-issue">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** aria props for an input with (maybe) issues shown by FieldIssues with id `issuesId`. */
export function invalidProps(messages: readonly string[], issuesId: string): { "aria-invalid"?: true; "aria-describedby"?: string } {
  return messages.length > 0 ? { "aria-invalid": true, "aria-describedby": issuesId } : {};
}
