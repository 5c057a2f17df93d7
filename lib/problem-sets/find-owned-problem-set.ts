import type { Db } from "../db/client";
import { AppError } from "../errors";
import { assertCanTeach, type TActor } from "../courses/actor";
import type { TProblemSetStatus } from "./problem-set-input";

type Client = Pick<Db, "problemSet">;

/**
 * The problem set if the actor may manage it (the course's owner, or an admin). Learners get
 * forbidden; other instructors get not_found, like a set that does not exist.
 */
export async function findOwnedProblemSet(
  db: Client,
  actor: TActor,
  problemSetId: string,
): Promise<{ id: string; courseId: string; status: TProblemSetStatus }> {
  assertCanTeach(actor);
  const set = await db.problemSet.findUnique({
    where: { id: problemSetId },
    select: { id: true, courseId: true, status: true, course: { select: { ownerId: true } } },
  });
  if (!set || (actor.role !== "admin" && set.course.ownerId !== actor.id)) throw new AppError("not_found", "No such problem set.");
  return { id: set.id, courseId: set.courseId, status: set.status as TProblemSetStatus };
}
