import { hasRole, parseRole, type TRole } from "../auth/roles";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";

export interface TUserSummary {
  id: string;
  email: string;
  role: TRole;
  createdAt: Date;
  /** The latest of: sign-in, submission, draft save, anonymous visit. */
  lastActiveAt: Date;
  submissionCount: number;
}

const MAX_USERS = 1000;

/**
 * Every account, oldest first (at most 1000), for the admin page. Only an admin may list them:
 * throws AppError forbidden otherwise, and storage_unavailable.
 */
export async function listUsers({ actor }: { actor: { role: TRole } }): Promise<TUserSummary[]> {
  if (!hasRole(actor.role, "admin")) throw new AppError("forbidden", "Only an admin can list accounts.");
  return withStorageErrors(async () => {
    const rows = await getDb().user.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: MAX_USERS,
      select: {
        id: true,
        email: true,
        role: true,
        createdAt: true,
        sessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
        learner: {
          select: {
            lastSeenAt: true,
            submissions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
            drafts: { orderBy: { updatedAt: "desc" }, take: 1, select: { updatedAt: true } },
            _count: { select: { submissions: true } },
          },
        },
      },
    });
    return rows.map((row) => {
      const times = [
        row.createdAt,
        row.sessions[0]?.createdAt,
        row.learner?.lastSeenAt,
        row.learner?.submissions[0]?.createdAt,
        row.learner?.drafts[0]?.updatedAt,
      ].filter((time): time is Date => time !== undefined);
      return {
        id: row.id,
        email: row.email,
        role: parseRole(row.role),
        createdAt: row.createdAt,
        lastActiveAt: new Date(Math.max(...times.map((time) => time.getTime()))),
        submissionCount: row.learner?._count.submissions ?? 0,
      };
    });
  });
}
