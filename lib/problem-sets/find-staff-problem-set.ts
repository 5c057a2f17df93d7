import type { Db } from "../db/client";
import type { TActor } from "../courses/actor";
import { assertStaffAccess, resolveStaffRole, staffFactsSelect, type TStaffAccess, type TStaffRole } from "../courses/staff-access";
import type { TProblemSetStatus } from "./problem-set-input";

export type { TStaffAccess } from "../courses/staff-access";

/**
 * The problem set if the actor is on its course's staff for this kind of access
 * (lib/courses/staff-access.ts): the owner and admins for everything; a TA for "view" and
 * "assist" (gradebooks, comments, extensions), forbidden for "grade" and "manage". Learners get
 * forbidden; other instructors not_found, like a set that does not exist.
 */
export async function findStaffProblemSet(
  db: Pick<Db, "problemSet">,
  actor: TActor,
  problemSetId: string,
  access: TStaffAccess,
): Promise<{ id: string; courseId: string; status: TProblemSetStatus; staffRole: TStaffRole }> {
  const set = await db.problemSet.findUnique({
    where: { id: problemSetId },
    select: { id: true, courseId: true, status: true, course: { select: staffFactsSelect(actor) } },
  });
  const staffRole = assertStaffAccess(actor, set ? resolveStaffRole(actor, set.course) : null, access, "No such problem set.");
  return { id: set!.id, courseId: set!.courseId, status: set!.status as TProblemSetStatus, staffRole };
}
