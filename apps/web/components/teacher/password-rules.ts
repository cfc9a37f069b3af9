/** The server's rules for a password (auth.ts: 8 to 128 characters), checked before sending so the error shows at once. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** The error code for a new password and its repetition, or null when they will be accepted. */
export function newPasswordProblem(password: string, repeat?: string): string | null {
  if (password.length < PASSWORD_MIN) return "PASSWORD_TOO_SHORT";
  if (password.length > PASSWORD_MAX) return "PASSWORD_TOO_LONG";
  if (repeat !== undefined && repeat !== password) return "PASSWORD_MISMATCH";
  return null;
}

/** A loose check (the server has the final word): something@something.something, no spaces. */
export function emailProblem(email: string): string | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? null : "INVALID_EMAIL";
}
