/**
 * WARNING: deliberately offensive data. Brazilian Portuguese profanity, sexual terms and slurs that the
 * nickname filter refuses, so that nobody has to read them on a classroom projector. It extends the
 * English list that ships with the obscenity library (which has no Portuguese).
 *
 * Written in obscenity's pattern syntax, without accents (the filter folds "ã" to "a" before matching)
 * and after its leetspeak/confusables folding ("p0rr4" is matched as "porra"):
 *  - `|` at an edge: a word boundary there ("|cu|" is the word alone, not "Cunha" or "Curitiba");
 *  - `[x]`: an optional letter ("po[r]ra" is "porra" or "pora");
 * Repeated letters collapse to one, except r and s which keep two ("porrrrra" → "porra"), so patterns
 * spell double r/s as Portuguese does and every other letter once.
 */
export const PT_BR_OFFENSIVE_PATTERNS: readonly string[] = [
  // Profanity
  "porra", "|pora|", "|caralh", "|karalh", "|krl|", "|crl|", "|cacete", "|merd", "|bosta", "|fod", "|fdp|", "|vsf|", "|tnc|",
  "|vtnc|", "|pqp|", "|puta", "|puto|", "|putinh", "|putari", "|cu|", "|cuzao", "|cuzinh", "|arombad", "|arrombad", "|escrot",
  "|cagao|", "|babaca", "|otari",
  // Sexual
  "|bucet", "|bocet", "|xoxot", "|xerec", "|xota|", "|piroc", "|pirok", "|pica|", "|punhet", "|siriric", "|boquet", "|broxa",
  "|tesao|", "|tesud", "|sexo|", "|transar|", "|prostitut", "|vadia", "|vagabund", "|rapariga", "|quenga", "|corno", "|estupr",
  // Slurs (homophobic, transphobic, racist, ableist)
  "|viado", "|veado|", "|bicha|", "|boiola", "|baitola", "|sapatao", "|traveco", "|crioulo", "|retardad", "|mongoloid", "|mongol|",
  // Hate figures children like to try
  "|hitler", "|nazi",
];

/**
 * Ordinary names and words that contain a listed pattern (English or Portuguese) and must pass:
 * Portuguese "análise" and "semente" against English "anal" and "semen", the bird "pica-pau", places.
 * Written as they appear after folding (lowercase, no accents); spaces matter ("rio negro").
 */
export const PT_BR_INNOCENT_TERMS: readonly string[] = [
  "analis", "analic", "analu", "semente", "dickson", "pissarro", "pica-pau", "pica pau", "rio negro", "buraco negro",
  "cisne negro", "cabo negro",
];
