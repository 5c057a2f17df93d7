import { z } from "zod";

// Shared by the forms (client-side hints) and the server (the check that counts). No Node
// imports here: client components import this file.

// In the browser zod would probe `Function("")` to see whether it may compile its parsers; the
// Content-Security-Policy (no 'unsafe-eval', lib/http/security-headers.ts) refuses the probe and
// reports a violation. Parsing a two-field form needs no compiler: tell zod not to try. The
// server keeps its compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** An email address, trimmed and lower-cased (so one person cannot hold two accounts by case). */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX_LENGTH, `An email address has at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email("Enter a valid email address."));

/** A new password: 10-200 characters, never trimmed (spaces are part of a passphrase). */
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** A password typed to sign in: only capped (rules may have changed since it was chosen). */
export const ZPassword = z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "Email or password is incorrect.");

export const ZSignUp = z.object({ email: ZEmail, password: ZNewPassword });
export type TSignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({ email: ZEmail, password: ZPassword });
export type TSignIn = z.infer<typeof ZSignIn>;

/** Field messages of a failed parse, first message per field: what the forms show. */
export function fieldErrors(error: z.ZodError): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
