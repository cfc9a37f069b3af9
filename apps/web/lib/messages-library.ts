/** The library pages' strings (merged into messages.ts; both languages must have every key). */
export const libraryPtBR = {
  "library.placeholder": "—",
} as const;

export const libraryEn: Record<keyof typeof libraryPtBR, string> = {
  "library.placeholder": "—",
};
