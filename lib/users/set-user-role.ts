import { ROLES, parseRole, type TRole } from "../auth/roles";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";

/**
 * Gives an account a role (learner, instructor or admin). Only an admin may, and the last admin
 * cannot be demoted (by anyone, themselves included): an installation always keeps one.
 * Throws AppError forbidden, not_found, conflict (last admin), invalid_input, storage_unavailable.
 */
export async function setUserRole({
  actorId,
  userId,
  role,
}: {
  actorId: string;
  userId: string;
  role: TRole;
}): Promise<{ id: string; email: string; role: TRole }> {
  if (!(ROLES as readonly string[]).includes(role)) throw new AppError("invalid_input", `Unknown role "${role}".`);
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      // A no-op write that confirms the actor is an admin, read from the database rather than the
      // request. Being a write, it also takes SQLite's write lock before anything is read: two
      // admins demoting each other at the same moment are serialised, and the second one sees
      // that no other admin is left.
      const isAdmin = (await tx.user.updateMany({ where: { id: actorId, role: "admin" }, data: { role: "admin" } })).count === 1;
      if (!isAdmin) throw new AppError("forbidden", "Only an admin can change roles.");
      const updated = await tx.user.updateMany({ where: { id: userId }, data: { role } });
      if (updated.count === 0) throw new AppError("not_found", "No such account.");
      if ((await tx.user.count({ where: { role: "admin" } })) === 0) {
        throw new AppError("conflict", "This is the last admin account: make another account admin first.");
      }
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, role: true } });
      return { ...user, role: parseRole(user.role) };
    }),
  );
}
