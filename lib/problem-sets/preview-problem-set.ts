import type { TActor } from "../courses/actor";
import type { TStaffRole } from "../courses/staff-access";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { findStaffProblemSet } from "./find-staff-problem-set";
import { listAssignedProblemSets, type AssignedProblemSet } from "./list-assigned-problem-sets";
import type { TProblemSetStatus } from "./problem-set-input";

/**
 * A problem set exactly as its learners see it on their course page (the same function builds
 * both), for the course's staff, drafts and unopened sets included; the standings shown are the
 * viewer's own. Course staff (TAs too: it reveals nothing they cannot see in the gradebook).
 * Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function previewProblemSet({ actor, problemSetId, now = new Date() }: { actor: TActor; problemSetId: string; now?: Date }): Promise<{
  set: AssignedProblemSet;
  status: TProblemSetStatus;
  viewerRole: TStaffRole;
}> {
  const staff = await withStorageErrors(() => findStaffProblemSet(getDb(), actor, problemSetId, "view"));
  const [set] = await listAssignedProblemSets({ learnerId: actor.learnerId, now, previewSetId: staff.id });
  return { set, status: staff.status, viewerRole: staff.staffRole };
}
