import type { Db } from "../db/client";
import type { TActor } from "./actor";
import { assertStaffAccess, resolveStaffRole, staffFactsSelect, type TStaffAccess, type TStaffRole } from "./staff-access";

/**
 * The course if the actor is on its staff with this kind of access (lib/courses/staff-access.ts):
 * its owner and admins for everything, a TA for "view" and "assist". Throws AppError forbidden
 * (learners; a TA asking for more), not_found (a missing course, or someone else's for an instructor).
 */
export async function findStaffCourse(
  db: Pick<Db, "course">,
  actor: TActor,
  courseId: string,
  access: TStaffAccess,
): Promise<{ id: string; ownerId: string; staffRole: TStaffRole }> {
  const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true, ...staffFactsSelect(actor) } });
  const staffRole = assertStaffAccess(actor, course ? resolveStaffRole(actor, course) : null, access, "No such course.");
  return { id: course!.id, ownerId: course!.ownerId, staffRole };
}
