import { getDb } from "@/lib/db/client";
import { signUp } from "@/lib/users/sign-up";

/** Empties the account tables (and learners) between tests that need a fresh install. */
export async function resetAccounts(): Promise<void> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany();
    await tx.signInAttempt.deleteMany();
    await tx.learner.deleteMany();
    await tx.user.deleteMany();
  });
}

let addressCounter = 0;

/** A fresh address per call, so sign-up limits of one test do not leak into the next. */
export function freshAddress(): string {
  addressCounter += 1;
  return `10.0.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
}

export const PASSWORD = "correct horse battery";

/** Signs up an account from a fresh address, without an anonymous learner. */
export function signUpUser(email: string, password = PASSWORD) {
  return signUp({ email, password, address: freshAddress(), anonymousToken: null });
}
