import { hashPassword } from "../auth/password";
import type { TRole } from "../auth/roles";
import { ZEmail, ZNewPassword } from "../auth/schemas";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { adoptAnonymousLearner } from "../learners/adopt-anonymous-learner";

type Tx = Prisma.TransactionClient;

export interface TCreatedUser {
  id: string;
  email: string;
  role: TRole;
  learnerId: string;
}

/** What sign-up answers for an email that is taken: no more than it has to say. */
export const EMAIL_UNAVAILABLE_MESSAGE = "An account could not be created with this email. If you already have one, sign in instead.";

/**
 * Creates an account (for scripts: the CLI; sign-up goes through signUp). The first account of
 * an installation becomes admin whatever `role` says. Throws AppError invalid_input (email or
 * password rules), conflict (email taken), storage_unavailable.
 */
export async function createUser({ email, password, role = "learner" }: { email: string; password: string; role?: TRole }): Promise<TCreatedUser> {
  const parsedEmail = ZEmail.safeParse(email);
  if (!parsedEmail.success) throw new AppError("invalid_input", parsedEmail.error.issues[0].message);
  const parsedPassword = ZNewPassword.safeParse(password);
  if (!parsedPassword.success) throw new AppError("invalid_input", `Password: ${parsedPassword.error.issues[0].message}`);
  const passwordHash = await hashPassword(parsedPassword.data);
  return withStorageErrors(() => getDb().$transaction((tx) => insertUser(tx, { email: parsedEmail.data, passwordHash, role, anonymousToken: null })));
}

/**
 * Inserts a user with its learner (adopting this browser's anonymous learner, if any). Whether
 * it is the first account is decided after the insert, inside the caller's transaction: the
 * insert takes SQLite's write lock, so of two simultaneous sign-ups the second one waits and
 * then sees the first, and only one can become admin. Throws AppError conflict when the email
 * is taken. Caller must hold a transaction; `email` must already be normalised (ZEmail).
 */
export async function insertUser(
  tx: Tx,
  { email, passwordHash, role, anonymousToken }: { email: string; passwordHash: string; role: TRole; anonymousToken: string | null },
): Promise<TCreatedUser> {
  let user: { id: string };
  try {
    user = await tx.user.create({ data: { email, passwordHash, role }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", EMAIL_UNAVAILABLE_MESSAGE);
    throw error;
  }
  const isFirst = (await tx.user.count({ where: { id: { not: user.id } } })) === 0;
  const finalRole: TRole = isFirst ? "admin" : role;
  if (finalRole !== role) await tx.user.update({ where: { id: user.id }, data: { role: finalRole }, select: { id: true } });
  const learnerId = await adoptAnonymousLearner(tx, { userId: user.id, anonymousToken });
  return { id: user.id, email, role: finalRole, learnerId };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
