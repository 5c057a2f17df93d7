import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { hashSessionToken, isWellFormedSessionToken } from "./session-token";

/**
 * The account a reset link is for, if the link still works (unused, unexpired): the reset page
 * shows the email before asking for a password, or says the link is spent. Reads only.
 * Throws AppError storage_unavailable.
 */
export async function checkPasswordReset({ token, now = new Date() }: { token: string; now?: Date }): Promise<{ email: string } | null> {
  if (!isWellFormedSessionToken(token)) return null;
  return withStorageErrors(async () => {
    const row = await getDb().passwordResetToken.findUnique({
      where: { id: hashSessionToken(token) },
      select: { usedAt: true, expiresAt: true, user: { select: { email: true } } },
    });
    if (!row || row.usedAt !== null || row.expiresAt <= now) return null;
    return { email: row.user.email };
  });
}
