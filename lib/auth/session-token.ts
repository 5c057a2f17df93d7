import { createHash, randomBytes } from "node:crypto";

/** The signed-in browser's cookie: a random token whose sha256 is a Session row's id. */
export const SESSION_COOKIE = "gd_session";

/** Sessions last 30 days from sign-in (fixed: pages cannot set cookies to slide it). */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A fresh session token: 32 random bytes, base64url (43 characters, cookie-safe). */
export function createSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The Session id of a token: its sha256, hex. A leaked database cannot be replayed as cookies. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens we issue are exactly 43 base64url characters; anything else is not worth a lookup. */
export function isWellFormedSessionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * HttpOnly (scripts never need it), SameSite=Lax (not sent on cross-site POSTs: the first line
 * against CSRF), Secure over https only so plain-http development keeps working.
 */
export function sessionCookieOptions(isHttps: boolean, expiresAt: Date) {
  return { httpOnly: true, sameSite: "lax" as const, secure: isHttps, expires: expiresAt, path: "/" };
}
