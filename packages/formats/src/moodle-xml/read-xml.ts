import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeText } from "../text";
import type { ImportProblem } from "../types";
import { children, isElement, type XmlElement } from "./tree";

/** One <question> element of the file and the line it starts on (null if the parser could not say). */
export interface QuestionNode {
  readonly element: XmlElement;
  readonly line: number | null;
}

export type ReadQuiz = { readonly ok: true; readonly questions: readonly QuestionNode[] } | { readonly ok: false; readonly problem: ImportProblem };

/** The key under which fast-xml-parser keeps an element's start offset (captureMetaData). */
const META: unknown = XMLParser.getMetaDataSymbol();

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    // Everything stays a string: "1.0" or "0123" in a question must not become a number.
    parseTagValue: false,
    parseAttributeValue: false,
    // Moodle's markdown and plain-text fields keep their line breaks and indentation; we trim ourselves.
    trimValues: false,
    // <text> elements hold Moodle's HTML: kept raw, CDATA markers and all, and read by textContent
    // (tree.ts), so that HTML a hand-made file forgot to wrap in CDATA is not taken for XML elements.
    stopNodes: ["*.text"],
    cdataPropName: false,
    // Elsewhere (attributes, <single>…) only the five predefined XML entities are decoded. A DOCTYPE
    // (the only way to declare more) is refused before parsing; these limits are a second fence.
    processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxExpansionDepth: 1 },
    ignoreDeclaration: true,
    ignorePiTags: true,
    captureMetaData: true,
    // One question or one answer must still come out as a list.
    isArray: (_name, path) => path === "quiz.question" || path === "quiz.question.answer",
  });
}

/**
 * Reads a Moodle XML file's <question> elements, refusing with one clear problem anything that is not
 * a well-formed quiz: a binary or empty file, broken XML (at its line), a DOCTYPE, another XML document.
 */
export function readQuiz(input: Uint8Array): ReadQuiz {
  const text = decodeText(input);
  if (text === null) return unreadable(1, "binary", "The file is not text: export the questions from Moodle in \"Moodle XML format\"");
  if (text.trim() === "") return unreadable(1, "empty", "The file is empty: export the questions from Moodle in \"Moodle XML format\"");

  // The validator reports where the XML breaks; the parser would guess its way past many mistakes.
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return unreadable(line, "xml", `The XML is broken at line ${line}, column ${col} (${msg}): fix it there or export the questions from Moodle again`);
  }

  const doctype = doctypeIndex(text);
  if (doctype !== null) {
    return unreadable(lineOf(lineStarts(text), doctype), "doctype", "The file declares a DOCTYPE, which Moodle never writes (it can hide entity attacks): export the questions from Moodle again");
  }

  let tree: unknown;
  try {
    tree = parser().parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return unreadable(1, "xml", `The XML could not be read (${why}): export the questions from Moodle again`);
  }
  const quiz = isElement(tree) ? tree["quiz"] : undefined;
  if (quiz === undefined) return unreadable(1, "not-moodle", "This XML is not a Moodle question export (no <quiz> element): export the questions from Moodle in \"Moodle XML format\"");

  const starts = lineStarts(text);
  // A <quiz/> or <quiz></quiz> is an empty string; an empty <question></question> is kept (as an
  // element with no type) so that it is reported rather than silently skipped.
  const elements = isElement(quiz) ? children(quiz, "question") : [];
  const questions = elements.map((q) => {
    const element: XmlElement = isElement(q) ? q : {};
    const start = startIndex(element);
    return { element, line: start === null ? null : lineOf(starts, start) };
  });
  return { ok: true, questions };
}

function unreadable(line: number, reason: string, message: string): ReadQuiz {
  return { ok: false, problem: { at: { line }, code: "FILE_UNREADABLE", message, params: { reason } } };
}

/**
 * Where a <!DOCTYPE starts, outside CDATA sections and comments (a question about HTML may well
 * quote one inside CDATA); null when there is none. Masking keeps offsets and line breaks intact.
 */
function doctypeIndex(text: string): number | null {
  const masked = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, " "));
  const found = /<!DOCTYPE/i.exec(masked);
  return found ? found.index : null;
}

function startIndex(element: XmlElement): number | null {
  if (typeof META !== "symbol") return null;
  const meta: unknown = Reflect.get(element, META);
  if (!isElement(meta)) return null;
  const index = meta["startIndex"];
  return typeof index === "number" ? index : null;
}

/** Offsets at which each line begins, so that many lookups cost a binary search each. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
