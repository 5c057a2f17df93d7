import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { adoptAnonymousLearner } from "../learners/adopt-anonymous-learner";
import { createSession } from "./create-session";
import { verifyDummyPassword, verifyPassword } from "./password";
import { parseRole, type TRole } from "./roles";
import { ZSignIn } from "./schemas";
import { markAttemptsSucceeded, reserveSignInAttempt } from "./sign-in-attempts";

/** One message for an unknown email and a wrong password: sign-in never says which. */
export const SIGN_IN_FAILED_MESSAGE = "Email or password is incorrect.";

export interface TSignedIn {
  /** The raw session token: the caller sets it as the gd_session cookie. */
  token: string;
  expiresAt: Date;
  user: { id: string; email: string; role: TRole; learnerId: string };
}

/**
 * Signs in with email and password from `address` (see getClientAddress). On success creates a
 * session and merges this browser's anonymous learner (its gd_learner token) into the account's
 * learner. Throws AppError unauthenticated (SIGN_IN_FAILED_MESSAGE, for an unknown email as for
 * a wrong password, in about the same time), rate_limited, invalid_input, storage_unavailable.
 */
export async function signIn(input: { email: string; password: string; address: string; anonymousToken: string | null; now?: Date }): Promise<TSignedIn> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) throw new AppError("unauthenticated", SIGN_IN_FAILED_MESSAGE);
  const { email, password } = parsed.data;
  const now = input.now ?? new Date();
  const db = getDb();
  return withStorageErrors(async () => {
    const attemptIds = await db.$transaction((tx) => reserveSignInAttempt(tx, { email, address: input.address, now }));
    const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, role: true, passwordHash: true } });
    // Unknown email: hash anyway, so the time taken does not reveal that no account exists.
    const isValid = user ? await verifyPassword(user.passwordHash, password) : await verifyDummyPassword(password);
    if (!user || !isValid) throw new AppError("unauthenticated", SIGN_IN_FAILED_MESSAGE);
    return db.$transaction(async (tx) => {
      await markAttemptsSucceeded(tx, attemptIds);
      const session = await createSession(tx, { userId: user.id, now });
      const learnerId = await adoptAnonymousLearner(tx, { userId: user.id, anonymousToken: input.anonymousToken });
      return { ...session, user: { id: user.id, email: user.email, role: parseRole(user.role), learnerId } };
    });
  });
}
