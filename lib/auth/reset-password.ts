import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { hashPassword } from "./password";
import { ZNewPassword } from "./schemas";
import { hashSessionToken, isWellFormedSessionToken } from "./session-token";

const INVALID_LINK = "This reset link is not valid: it was already used, replaced by a newer one, or it expired. Ask an admin for a new link.";

/**
 * Sets a new password through a one-time reset link. The token is spent in the same
 * transaction that changes the password (a conditional update, so two tabs cannot both use it),
 * and every session of the account ends: whoever had the old password is signed out.
 * Throws AppError invalid_input (password rules, or a used/expired/unknown link), storage_unavailable.
 */
export async function resetPassword({ token, password, now = new Date() }: { token: string; password: string; now?: Date }): Promise<{ email: string }> {
  const parsed = ZNewPassword.safeParse(password);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Choose another password.");
  if (!isWellFormedSessionToken(token)) throw new AppError("invalid_input", INVALID_LINK);
  const passwordHash = await hashPassword(parsed.data);
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const id = hashSessionToken(token);
      const { count } = await tx.passwordResetToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (count !== 1) throw new AppError("invalid_input", INVALID_LINK);
      const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { id }, select: { userId: true } });
      const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { email: true } });
      await tx.session.deleteMany({ where: { userId } });
      return { email: user.email };
    }),
  );
}
