"use client";

import { useCallback, useRef, useState } from "react";
import { MAX_IMPORT_BYTES, type FormatId, type ImportResult } from "@lousa/protocol";
import type { ApiError } from "../../lib/api";
import { previewImport } from "../../lib/library-api";
import { suggestedTitle } from "./problem-text";

/** What the teacher gave: a file, or text pasted into the page. */
export type ImportSource = { readonly kind: "file"; readonly file: File } | { readonly kind: "text"; readonly text: string };

/** Pasted text goes up like a small text file, so the server's detection reads it the same way. */
const PASTED_NAME = "texto-colado.txt";

export function sourceName(source: ImportSource): string {
  return source.kind === "file" ? source.file.name : PASTED_NAME;
}

/**
 * The import preview's state: read a source with the chosen format and language, keep what was
 * understood. Nothing is saved here. A newer read wins over a slower older one.
 */
export function useImportPreview() {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [reading, setReading] = useState(false);
  const [title, setTitle] = useState("");
  const latest = useRef(0);

  const read = useCallback(async (source: ImportSource, format: FormatId | null, language: "pt-BR" | "en") => {
    const ticket = ++latest.current;
    setError(null);
    const body = source.kind === "file" ? source.file : new Blob([source.text], { type: "text/plain;charset=utf-8" });
    // Said at once, without sending 5 MB to hear it.
    if (body.size > MAX_IMPORT_BYTES) {
      setResult(null);
      return setError({ code: "FILE_TOO_LARGE", message: "Too large", status: 413, reason: "FILE_TOO_LARGE" });
    }
    setReading(true);
    const r = await previewImport(body, { format, language, filename: sourceName(source) });
    if (ticket !== latest.current) return;
    setReading(false);
    if (!r.ok) {
      setResult(null);
      return setError(r.error);
    }
    setResult(r.data);
    setTitle((current) => current || suggestedTitle(r.data.title, sourceName(source)));
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setResult(null);
    setError(null);
    setReading(false);
    setTitle("");
  }, []);

  return { result, error, reading, title, setTitle, read, reset };
}
