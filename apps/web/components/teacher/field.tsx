"use client";

import { forwardRef, useId, type InputHTMLAttributes } from "react";
import styles from "./teacher.module.css";

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  readonly label: string;
  /** Shown under the label and read with the field (aria-describedby). */
  readonly hint?: string;
  readonly inputClassName?: string;
};

/** A labelled input in the site's style; the hint is tied to the field so a screen reader says it too. */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field({ label, hint, inputClassName, ...input }, ref) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} className={`input ${inputClassName ?? ""}`} aria-describedby={hint ? hintId : undefined} {...input} />
      {hint && (
        <p id={hintId} className={`muted small ${styles.fieldHint}`}>
          {hint}
        </p>
      )}
    </>
  );
});

/** The error line of a form: announced when it appears; `data-code` lets tests check which error it was. */
export function FormError({ code, text }: { code: string | null; text: (code: string) => string }) {
  if (!code) return null;
  return (
    <p className="error" role="alert" data-testid="form-error" data-code={code}>
      {text(code)}
    </p>
  );
}
