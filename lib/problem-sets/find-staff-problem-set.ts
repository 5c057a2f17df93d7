import type { Db } from "../db/client";
import type { TActor } from "../courses/actor";
import { findOwnedProblemSet } from "./find-owned-problem-set";
import type { TProblemSetStatus } from "./problem-set-input";

/**
 * What a grading action needs: "view" (gradebooks, exports, a learner's work), "assist" (comment
 * on a submission, grant an extension) or "grade" (override a grade, start a regrade).
 */
export type TStaffAccess = "view" | "assist" | "grade";

/**
 * The problem set if the actor is on its course's staff for this kind of access. Today the staff
 * is the course's owner (and admins), who may do everything: this is the one place where a
 * per-course TA role plugs in (TAs: "view" and "assist", never "grade" nor settings). Learners get
 * forbidden; anyone else not_found, like a set that does not exist.
 */
export async function findStaffProblemSet(
  db: Pick<Db, "problemSet">,
  actor: TActor,
  problemSetId: string,
  access: TStaffAccess,
): Promise<{ id: string; courseId: string; status: TProblemSetStatus }> {
  void access; // every access kind is the owner's (or an admin's) until TAs exist
  return findOwnedProblemSet(db, actor, problemSetId);
}
