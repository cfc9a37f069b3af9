/**
 * GIFT's escapes, both ways. GIFT gives `~ = # { } :` a meaning and `\` takes it away (`\\` is a
 * backslash, `\n` a line break inside a text).
 */

/** Writes a text so Moodle (and importGift) read it back exactly: specials escaped, line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * Stands for "->" inside multiple-choice answers while gift-pegjs parses them (giftText puts it back).
 * gift-pegjs tries matching first, so `{=p -> q ~r}` fails there; for Moodle an answer list with a `~` is
 * multiple choice and "->" is text. GIFT has no escape for it. A private-use character: never typed.
 */
export const ARROW = "\uE000";

/**
 * Moodle reads a question more loosely than gift-pegjs: outside the answer braces only `{`, `}` and a
 * leading `::title::` mean anything, so `1+1=2 {T}`, `Nota: …` or an HTML attribute (`href="…"`) are
 * plain text there, as is `:` in an answer (`{=std::vector ~…}`). gift-pegjs refuses every one of those,
 * and Moodle's own documentation uses them, so before parsing a question this escapes each of those
 * characters where Moodle takes it literally. Inside numeric answers (`{#3.14:0.01}`) `:` is the
 * tolerance and is left alone. What gift-pegjs then refuses is really broken for Moodle too.
 */
export function escapeLoose(question: string): string {
  let out = "";
  let i = 0;
  // Takes question[i…] up to the first unescaped character where `stop` holds, escaping each of `special`.
  const take = (special: string, stop: (at: number) => boolean): string => {
    let taken = "";
    while (i < question.length && !stop(i)) {
      const c = question.charAt(i);
      const step = c === "\\" ? 2 : 1;
      taken += special.includes(c) ? `\\${c}` : question.slice(i, i + step);
      i += step;
    }
    return taken;
  };
  // Moodle's title: from a leading "::" to the next "::"; everything in it is literal.
  if (question.startsWith("::") && question.indexOf("::", 2) > 0) {
    i = 2;
    out += `::${take(":=~#{}", (at) => question.startsWith("::", at))}`;
    if (i < question.length) out += "::";
    i += 2;
  }
  while (i < question.length) {
    out += take(":=~#", (at) => question.charAt(at) === "{");
    if (i >= question.length) break;
    i += 1;
    const answers = take("", (at) => question.charAt(at) === "}");
    out += `{${looseAnswers(answers)}`;
    if (i < question.length) out += "}";
    i += 1;
  }
  return out;
}

/** Inside the braces: ":" is text (except in numeric answers, where it is the tolerance), and so is "->" among choices. */
function looseAnswers(answers: string): string {
  if (/^\s*#/.test(answers)) return answers;
  const choices = unescaped(answers).includes("~");
  let out = "";
  for (let i = 0; i < answers.length; i += 1) {
    const c = answers.charAt(i);
    if (c === "\\") {
      out += answers.slice(i, i + 2);
      i += 1;
    } else if (c === ":") {
      out += "\\:";
    } else if (choices && answers.startsWith("->", i)) {
      out += ARROW;
      i += 1;
    } else {
      out += c;
    }
  }
  return out;
}

/** The text with every escape sequence removed: what is left has its GIFT meaning. */
const unescaped = (text: string): string => text.replace(/\\[\s\S]/g, "");

/**
 * Stand for a space and a tab inside a fenced code block while gift-pegjs parses (giftText puts them
 * back). gift-pegjs collapses every run of whitespace in a text, which would flatten a block's
 * indentation (a Python body, a YAML key, a Dockerfile's continued RUN line). Private-use: never typed.
 */
export const CODE_SPACE = "\uE001";
export const CODE_TAB = "\uE002";

/**
 * Marks the spaces and tabs between a run of 3+ backticks and the next run at least as long (a fenced
 * block, however its line breaks are written: `\n` escapes or real ones) so the parser keeps them.
 * A span with an unescaped `{` or `}` in it is left alone: that is GIFT's answer syntax, not code.
 * Linear: a run with no long enough run after it (known from the suffix maximum) opens nothing, so
 * nothing is searched twice. Characters are replaced one for one, so lines and columns are unchanged.
 */
export function keepCodeSpaces(question: string): string {
  const runs: { start: number; end: number }[] = [];
  const braces: number[] = [];
  for (let i = 0; i < question.length; i += 1) {
    const c = question.charAt(i);
    if (c === "\\") i += 1;
    else if (c === "{" || c === "}") braces.push(i);
    else if (c === "`") {
      let j = i;
      while (question.charAt(j) === "`") j += 1;
      if (j - i >= 3) runs.push({ start: i, end: j });
      i = j - 1;
    }
  }
  if (runs.length < 2) return question;
  const length = (k: number) => (runs[k] ? runs[k].end - runs[k].start : 0);
  const suffixMax = new Array<number>(runs.length + 1).fill(0);
  for (let k = runs.length - 1; k >= 0; k -= 1) suffixMax[k] = Math.max(length(k), suffixMax[k + 1] ?? 0);
  let out = "";
  let at = 0;
  let brace = 0;
  for (let k = 0; k < runs.length; k += 1) {
    const open = runs[k];
    if (!open || (suffixMax[k + 1] ?? 0) < length(k)) continue;
    let m = k + 1;
    while (length(m) < length(k)) m += 1;
    const close = runs[m];
    if (!close) break;
    while ((braces[brace] ?? Infinity) < open.end) brace += 1;
    const hasBrace = (braces[brace] ?? Infinity) < close.start;
    if (!hasBrace) out += question.slice(at, open.end) + question.slice(open.end, close.start).replace(/ /g, CODE_SPACE).replace(/\t/g, CODE_TAB);
    else out += question.slice(at, close.start);
    at = close.start;
    k = m;
  }
  return out + question.slice(at);
}
