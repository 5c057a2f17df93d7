import { AppError } from "../errors";
import { canTeach, type TActor } from "./actor";

/**
 * What a staff action needs on a course: "view" (gradebooks, exports, a learner's work, the
 * course page), "assist" (comment on a submission, grant an extension), "grade" (override a
 * grade, start a regrade) or "manage" (settings: sets, dates, policies, publishing, roster, members).
 */
export type TStaffAccess = "view" | "assist" | "grade" | "manage";

/** A person's place on a course's staff: "instructor" (the owner, or an admin) or "ta" (CourseStaff). */
export type TStaffRole = "instructor" | "ta";

const TA_ACCESS: readonly TStaffAccess[] = ["view", "assist"];

/** The course fields that decide a staff role: its owner and the actor's own CourseStaff row, if any. */
export interface StaffCourseFacts {
  ownerId: string;
  staff: { role: string }[];
}

/** The select that loads StaffCourseFacts for one actor (only their own CourseStaff row). */
export function staffFactsSelect(actor: TActor) {
  return { ownerId: true, staff: { where: { userId: actor.id }, select: { role: true } } } as const;
}

/** The actor's staff role on a course, or null. Admins count as instructors everywhere. */
export function resolveStaffRole(actor: TActor, course: StaffCourseFacts): TStaffRole | null {
  if (actor.role === "admin" || course.ownerId === actor.id) return "instructor";
  if (course.staff.some((row) => row.role === "ta")) return "ta";
  return null;
}

/** Whether a staff role grants an access kind: instructors everything, TAs "view" and "assist". */
export function staffRoleAllows(role: TStaffRole, access: TStaffAccess): boolean {
  return role === "instructor" || TA_ACCESS.includes(access);
}

/**
 * Throws unless the actor's role on the course (null: none, or no such course) grants `access`.
 * A TA asking for more gets forbidden, saying why; someone with no role gets forbidden when they
 * cannot teach at all (learners) and otherwise `notFoundMessage`, the answer for a missing course,
 * so ids cannot be probed.
 */
export function assertStaffAccess(actor: TActor, role: TStaffRole | null, access: TStaffAccess, notFoundMessage: string): TStaffRole {
  if (role === null) {
    if (!canTeach(actor)) throw new AppError("forbidden", "Only instructors can do this.");
    throw new AppError("not_found", notFoundMessage);
  }
  if (!staffRoleAllows(role, access)) {
    throw new AppError(
      "forbidden",
      access === "grade"
        ? "Teaching assistants cannot override grades or start regrades; ask the course's instructor."
        : "Teaching assistants cannot change the course's settings; ask the course's instructor.",
    );
  }
  return role;
}
