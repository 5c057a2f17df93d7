import { createHash, randomBytes } from "node:crypto";

/** A fresh anonymous learner token: 32 random bytes, base64url (43 characters, cookie-safe). */
export function createAnonymousToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database stores for a token: its sha256, hex. */
export function hashAnonymousToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens we issue are exactly 43 base64url characters; anything else is not worth a lookup. */
export function isWellFormedAnonymousToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
