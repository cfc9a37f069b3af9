"use client";

import { useState } from "react";
import { invalidProps } from "../field-issues";
import { formatDecimal, parseDecimal } from "./decimal";
import media from "../media.module.css";
import type { Language } from "./types";

interface NumberBoxProps {
  readonly id: string;
  readonly label: string;
  /** The number in the draft: NaN while the box holds something that isn't a number. */
  readonly value: number;
  readonly locale: Language;
  /** Issues of the group the box belongs to, and their element's id (the box is invalid with them). */
  readonly messages: readonly string[];
  readonly issuesId: string;
  /** Says "type a number" under the box: its id, read with the box when shown. */
  readonly notNumberId: string;
  readonly notNumberText: string;
  readonly testId: string;
  onValue(value: number): void;
}

/**
 * A number typed as text (see decimal.ts: "2,5" works). What is typed stays as typed while it reads as
 * the draft's number ("2," reads as 2 and keeps its comma); when the number changes from elsewhere (undo,
 * a conversion), the box shows the new one. Something that isn't a number puts NaN in the draft — the
 * schema refuses it, so the bank can't be saved with a number nobody typed — and says so under the box.
 */
export function NumberBox({ id, label, value, locale, messages, issuesId, notNumberId, notNumberText, testId, onValue }: NumberBoxProps) {
  const [typed, setTyped] = useState<string | null>(null);
  const read = typed === null ? null : parseDecimal(typed, locale);
  // The typed text is the box's while it says the draft's number (or, both being no number, NaN).
  const ownsValue = typed !== null && (read === null ? Number.isNaN(value) : read === value);
  const text = ownsValue ? typed : formatDecimal(value, locale);
  const notNumber = ownsValue && read === null;
  const problems = notNumber ? [notNumberText, ...messages] : messages;
  const described = [notNumber ? notNumberId : null, messages.length > 0 ? issuesId : null].filter((d): d is string => d !== null).join(" ");
  return (
    <label>
      {label}
      <input
        id={id}
        className="input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setTyped(e.target.value);
          onValue(parseDecimal(e.target.value, locale) ?? Number.NaN);
        }}
        data-testid={testId}
        {...invalidProps(problems, described)}
      />
      {notNumber && (
        <span id={notNumberId} role="alert" className={media.notNumber} data-testid="field-issue">
          {notNumberText}
        </span>
      )}
    </label>
  );
}
