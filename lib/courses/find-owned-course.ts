import type { Db } from "../db/client";
import type { TActor } from "./actor";
import { findStaffCourse } from "./find-staff-course";

/**
 * The course if the actor may change its settings: its owner, or an admin. A learner gets
 * forbidden, and so does a TA of the course (TAs never change settings); an instructor asking for
 * another instructor's course gets not_found, the same answer as for a course that does not
 * exist, so course ids cannot be probed.
 */
export async function findOwnedCourse(db: Pick<Db, "course">, actor: TActor, courseId: string): Promise<{ id: string; ownerId: string }> {
  const { id, ownerId } = await findStaffCourse(db, actor, courseId, "manage");
  return { id, ownerId };
}
