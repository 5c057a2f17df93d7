import type { Db } from "../db/client";
import type { TActor } from "../courses/actor";
import { findStaffProblemSet } from "./find-staff-problem-set";
import type { TProblemSetStatus } from "./problem-set-input";

/**
 * The problem set if the actor may change it (the course's owner, or an admin). Learners and the
 * course's TAs get forbidden; other instructors get not_found, like a set that does not exist.
 */
export async function findOwnedProblemSet(
  db: Pick<Db, "problemSet">,
  actor: TActor,
  problemSetId: string,
): Promise<{ id: string; courseId: string; status: TProblemSetStatus }> {
  const { id, courseId, status } = await findStaffProblemSet(db, actor, problemSetId, "manage");
  return { id, courseId, status };
}
