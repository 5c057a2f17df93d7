import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { hasRole, type TRole } from "./roles";
import { ZEmail } from "./schemas";
import { createSessionToken, hashSessionToken } from "./session-token";

/** How long a reset link works: a day, time enough for an admin to hand it over. */
export const PASSWORD_RESET_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A one-time password-reset link for an account, issued by an admin (`actor`) or from the
 * command line (`actor` null: whoever runs it owns the database). There is no mail server: the
 * caller hands the link over. The token is random (same form as a session token) and only its
 * sha256 is stored; it works once, for PASSWORD_RESET_TTL_MS, and issuing a new one voids the
 * account's older unused links. Returns the path `/reset-password/<token>` (the raw token exists
 * only there). Throws AppError forbidden (not an admin), invalid_input, not_found, storage_unavailable.
 */
export async function issuePasswordReset({
  actor,
  email,
  now = new Date(),
}: {
  actor: { id: string; role: TRole } | null;
  email: string;
  now?: Date;
}): Promise<{ path: string; email: string; expiresAt: Date }> {
  if (actor !== null && !hasRole(actor.role, "admin")) throw new AppError("forbidden", "Only an admin can issue a password-reset link.");
  const parsed = ZEmail.safeParse(email);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Enter a valid email address.");
  const token = createSessionToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  await withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email: parsed.data }, select: { id: true } });
      if (!user) throw new AppError("not_found", `No account uses ${parsed.data}.`);
      await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
      await tx.passwordResetToken.create({ data: { id: hashSessionToken(token), userId: user.id, issuedById: actor?.id ?? null, expiresAt, createdAt: now } });
    }),
  );
  return { path: `/reset-password/${token}`, email: parsed.data, expiresAt };
}
