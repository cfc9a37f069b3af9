import { randomInt } from "node:crypto";

/** homeworkCodeSchema's alphabet: no 0/O or 1/I/L, so a code read off the board is typed right. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

/** A new assignment's code: 31^10 ≈ 8·10^14 codes, drawn by the OS's CSPRNG, so links can't be guessed. */
export function newHomeworkCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
