/**
 * Whether options are exactly the bank language's true/false words, in that order (ImportDefaults.trueFalse).
 * Formats with no true/false kind of their own (Aiken) write one that way, so their importers read it
 * back as true/false, and exports to formats that have the kind (Moodle XML) write it as one.
 */
export function isTrueFalsePair(options: readonly string[], pair: readonly [string, string]): boolean {
  return options.length === 2 && options[0] === pair[0] && options[1] === pair[1];
}
