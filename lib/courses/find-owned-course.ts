import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertCanTeach, type TActor } from "./actor";

type Client = Pick<Db, "course">;

/**
 * The course if the actor may manage it: its owner, or an admin. A learner gets forbidden; an
 * instructor asking for another instructor's course gets not_found, the same answer as for a
 * course that does not exist, so course ids cannot be probed.
 */
export async function findOwnedCourse(db: Client, actor: TActor, courseId: string): Promise<{ id: string; ownerId: string }> {
  assertCanTeach(actor);
  const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true, ownerId: true } });
  if (!course || (actor.role !== "admin" && course.ownerId !== actor.id)) throw new AppError("not_found", "No such course.");
  return course;
}
