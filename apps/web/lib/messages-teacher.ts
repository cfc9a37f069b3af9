/** The teacher pages' strings (merged into messages.ts; both languages must have every key). */
export const teacherPtBR = {
  "teacher.placeholder": "—",
} as const;

export const teacherEn: Record<keyof typeof teacherPtBR, string> = {
  "teacher.placeholder": "—",
};
