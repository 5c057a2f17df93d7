import { AppError } from "../errors";

/** Largest code a learner can save or submit, in UTF-8 bytes. Real solutions are a few KB. */
export const MAX_CODE_BYTES = 100 * 1024;

/** Throws AppError("invalid_input") when code is over MAX_CODE_BYTES (or not a string). */
export function assertCodeSize(code: string): void {
  if (typeof code !== "string") throw new AppError("invalid_input", "Code must be text.");
  if (Buffer.byteLength(code, "utf8") > MAX_CODE_BYTES) {
    throw new AppError("invalid_input", `Code is limited to ${MAX_CODE_BYTES / 1024} KB.`);
  }
}
