import { common, createLowlight } from "lowlight";
import dockerfile from "highlight.js/lib/languages/dockerfile";

/**
 * The highlighter itself: lowlight with highlight.js's common grammars and Dockerfile (the course's
 * most used, not among the common ones). Loaded on demand by ./highlighter (it is most of the code's
 * weight), so pages without code blocks never download it.
 */
const lowlight = createLowlight(common);
lowlight.register({ dockerfile });

/**
 * What teachers write after the fence and highlight.js names otherwise. Its "shell" is a terminal
 * session (only lines after a "$ " prompt are coloured); a teacher's ```shell is a command or script.
 */
const NAMES: Readonly<Record<string, string>> = { shell: "bash", docker: "dockerfile", containerfile: "dockerfile" };

/** Languages tried when a block names none: the course's own, so short snippets are not guessed as something exotic. */
const AUTO_SUBSET = ["dockerfile", "bash", "c", "python", "yaml", "json", "javascript"];

/** Plain-text fences: shown in monospace with no colours. */
const PLAIN = new Set(["text", "txt", "plain", "plaintext", "output"]);

export type HastRoot = ReturnType<typeof lowlight.highlight>;

/**
 * The block's code as hast (spans with hljs-* classes), or null to show it plain: a language this
 * build does not know, or one of the plain-text names.
 */
export function highlight(code: string, lang: string | null): HastRoot | null {
  if (lang === null) return lowlight.highlightAuto(code, { subset: AUTO_SUBSET });
  const name = NAMES[lang] ?? lang;
  if (PLAIN.has(name) || !lowlight.registered(name)) return null;
  return lowlight.highlight(name, code);
}
