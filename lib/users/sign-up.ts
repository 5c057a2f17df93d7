import { createSession } from "../auth/create-session";
import { hashPassword } from "../auth/password";
import { ZSignUp } from "../auth/schemas";
import type { TSignedIn } from "../auth/sign-in";
import { reserveSignUpAttempt } from "../auth/sign-in-attempts";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { insertUser } from "./create-user";

/**
 * Creates an account with email and password and signs it in. The account adopts this
 * browser's anonymous learner (its gd_learner token) with everything done before signing up;
 * the first account of an installation becomes admin. Throws AppError invalid_input (the
 * form's rules), conflict (email taken: a generic message), rate_limited, storage_unavailable.
 */
export async function signUp(input: { email: string; password: string; address: string; anonymousToken: string | null; now?: Date }): Promise<TSignedIn> {
  const parsed = ZSignUp.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0].message);
  const { email, password } = parsed.data;
  const now = input.now ?? new Date();
  const db = getDb();
  return withStorageErrors(async () => {
    await db.$transaction((tx) => reserveSignUpAttempt(tx, { address: input.address, now }));
    // Hashed before the email is looked at: a taken email takes as long as a free one.
    const passwordHash = await hashPassword(password);
    return db.$transaction(async (tx) => {
      const user = await insertUser(tx, { email, passwordHash, role: "learner", anonymousToken: input.anonymousToken });
      const session = await createSession(tx, { userId: user.id, now });
      return { ...session, user };
    });
  });
}
