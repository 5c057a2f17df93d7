import argon2 from "argon2";

// OWASP's argon2id baseline (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane. About
// 30-60 ms per hash on a laptop core: slow for an attacker with a stolen database, cheap enough
// for a sign-in.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash in PHC string format ($argon2id$v=19$m=19456,p=1,t=2$salt$hash). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

/** Whether `password` matches a stored PHC hash. A malformed hash is a mismatch, not a crash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification when the email is unknown, so the response time does
 * not tell whether an account exists. Always false.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword("a dummy password that no account has");
  await verifyPassword(await dummyHash, password);
  return false;
}
