import type { BankDraft, ExportNote, FormatId, ImportResult, PatchBank, SaveBank } from "@lousa/protocol";
import { fetchOk, getJson, isExportNote, isExportNoteList, isImportResult, isLibraryBank, isLibraryBankDetail, isLibraryBankList, request, sendJson, type ApiResult } from "./api";

/** The teacher's library over HTTP (routes in packages/protocol/src/library.ts), as named calls on lib/api.ts. */
const bankPath = (id: string, tail = "") => `/api/banks/${encodeURIComponent(id)}${tail}`;

export const libraryApi = {
  list: (q = "") => getJson(`/api/banks${q ? `?${new URLSearchParams({ q }).toString()}` : ""}`, isLibraryBankList),
  get: (id: string) => getJson(bankPath(id), isLibraryBankDetail),
  create: (draft: BankDraft) => sendJson("/api/banks", draft, isLibraryBankDetail),
  save: (id: string, body: SaveBank) => sendJson(bankPath(id), body, isLibraryBankDetail, "PUT"),
  patch: (id: string, body: PatchBank) => sendJson(bankPath(id), body, isLibraryBank, "PATCH"),
  remove: (id: string) => request(bankPath(id), isLibraryBank, { method: "DELETE" }),
  restore: (id: string) => request(bankPath(id, "/restore"), isLibraryBank, { method: "POST" }),
  duplicate: (id: string) => request(bankPath(id, "/duplicate"), isLibraryBankDetail, { method: "POST" }),
};

/** A file to hand to the browser, and what the format could not carry. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
  readonly notes: readonly ExportNote[];
}

/** The export notes header: URI-encoded JSON ExportNote[]; anything unreadable counts as none (the file itself is fine). */
export function readExportNotes(header: string | null): ExportNote[] {
  if (!header) return [];
  try {
    const value: unknown = JSON.parse(decodeURIComponent(header));
    return Array.isArray(value) ? value.filter(isExportNote) : [];
  } catch {
    return [];
  }
}

/** The file name from Content-Disposition (RFC 6266's filename* first: titles have accents). */
export function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/.exec(disposition ?? "")?.[1] ?? fallback;
}

async function fetchFile(path: string, fallbackName: string): Promise<ApiResult<DownloadedFile>> {
  const r = await fetchOk(path);
  if (!r.ok) return r;
  const res = r.data;
  let notes = readExportNotes(res.headers.get("x-lousa-export-notes"));
  const blob = await res.blob();
  // A big bank's notes don't all fit in a header: the rest come from the notes route.
  if (res.headers.get("x-lousa-export-notes-truncated") === "1") {
    const all = await getJson(path.replace("/export?", "/export/notes?"), isExportNoteList);
    if (all.ok) notes = [...all.data];
  }
  return { ok: true, data: { blob, filename: filenameOf(res.headers.get("content-disposition"), fallbackName), notes } };
}

/** A bank as a file in one of the formats Lousa writes. */
export function exportBank(id: string, format: FormatId, locale: string): Promise<ApiResult<DownloadedFile>> {
  return fetchFile(bankPath(id, `/export?${new URLSearchParams({ format, locale }).toString()}`), `lousa-${format}`);
}

export type TemplateFormat = Extract<FormatId, "lousa-csv" | "lousa-xlsx">;

/** The empty Lousa spreadsheet to fill in. */
export function downloadTemplate(format: TemplateFormat, locale: string): Promise<ApiResult<DownloadedFile>> {
  return fetchFile(`/api/import/template?${new URLSearchParams({ format, locale }).toString()}`, `lousa-template.${format === "lousa-csv" ? "csv" : "xlsx"}`);
}

export interface PreviewRequest {
  /** null: let the server recognise the format. */
  readonly format: FormatId | null;
  readonly language: "pt-BR" | "en";
  readonly filename: string;
}

/** What an importer understood of a file; nothing is saved. */
export async function previewImport(bytes: Blob, req: PreviewRequest): Promise<ApiResult<ImportResult>> {
  const query = new URLSearchParams({ language: req.language, filename: req.filename, ...(req.format ? { format: req.format } : {}) });
  return request(`/api/import/preview?${query.toString()}`, isImportResult, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: bytes });
}

/** Hands a downloaded file to the browser (an object URL, so no secret or session ends up in a link). */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
