"use client";

import { invalidProps } from "../field-issues";
import styles from "../editor.module.css";

interface OptionInputProps {
  /** The question's index in the bank (for ids and test ids). */
  readonly question: number;
  /** The option's (item's, accepted answer's) index. */
  readonly index: number;
  readonly text: string;
  readonly maxLength: number;
  readonly label: string;
  /** A hint's id the screen reader reads with the field (replaced by the issues' id when there are issues). */
  readonly describedBy?: string;
  readonly placeholder?: string;
  /** Problems found in this field: they make it invalid and are read with it. */
  readonly messages: readonly string[];
  onText(text: string): void;
}

/**
 * The text field of one option, ordering item or accepted answer: one definition of its id, test id,
 * length cap and invalid state, for every kind's options editor.
 */
export function OptionInput({ question, index, text, maxLength, label, describedBy, placeholder, messages, onText }: OptionInputProps) {
  const id = `editor-q${question}-option-${index}`;
  return (
    <input
      id={id}
      className={`input ${styles.optionInput}`}
      value={text}
      maxLength={maxLength}
      aria-label={label}
      {...(describedBy ? { "aria-describedby": describedBy } : {})}
      {...(placeholder ? { placeholder } : {})}
      onChange={(e) => onText(e.target.value)}
      data-testid={`q${question}-option-${index}`}
      {...invalidProps(messages, `${id}-issues`)}
    />
  );
}
