import { randomInt } from "node:crypto";

/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L: easy to read out in class. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A fresh random join code (31^8, about 8.5e11 codes: guessing one is impractical). */
export function createJoinCode(): string {
  let code = "";
  for (let index = 0; index < JOIN_CODE_LENGTH; index++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * A typed or pasted code as stored: upper-cased, spaces and dashes removed ("abcd-efgh" works).
 * Returns null when it cannot be a code, so lookups never run on arbitrary input.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const character of code) if (!JOIN_CODE_ALPHABET.includes(character)) return null;
  return code;
}

/** How a code is shown: two groups of four ("ABCD-EFGH"). */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
