import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import type { TActor } from "../courses/actor";
import { findOwnedProblemSet } from "./find-owned-problem-set";
import { computeStanding, countedUntil } from "./item-standing";
import { loadSetSubmissions } from "./load-set-submissions";

/** What moving a set's due date would do to work already done. */
export interface LateRelabelPreview {
  /** Accepted items (learner × exercise) that are on time now and would become late. */
  becomeLate: number;
  /** Late accepted items that would become on time. */
  becomeOnTime: number;
  /** Learners with at least one item that becomes late. */
  learners: number;
}

/**
 * Previews a due-date change of a set (owner or admin) before it is saved: how many accepted
 * exercises of its learners the gradebook would relabel, as the gradebook computes them
 * (computeStanding over the counted submissions). Throws forbidden, not_found, storage_unavailable.
 */
export async function countRelabelledLate({
  actor,
  problemSetId,
  dueAt,
}: {
  actor: TActor;
  problemSetId: string;
  dueAt: Date | null;
}): Promise<LateRelabelPreview> {
  return withStorageErrors(async () => {
    const db = getDb();
    await findOwnedProblemSet(db, actor, problemSetId);
    const set = await db.problemSet.findUniqueOrThrow({
      where: { id: problemSetId },
      select: {
        status: true,
        updatedAt: true,
        dueAt: true,
        requireRobust: true,
        items: { select: { exerciseId: true } },
        course: { select: { enrollments: { select: { learnerId: true } } } },
      },
    });
    const learnerIds = set.course.enrollments.map((enrollment) => enrollment.learnerId);
    const exerciseIds = set.items.map((item) => item.exerciseId);
    const submissions = await loadSetSubmissions(db, { learnerIds, exerciseIds, until: countedUntil(set) });
    const preview: LateRelabelPreview = { becomeLate: 0, becomeOnTime: 0, learners: 0 };
    const affected = new Set<string>();
    for (const list of submissions.values()) {
      const before = computeStanding(list, set.dueAt, set.requireRobust);
      const after = computeStanding(list, dueAt, set.requireRobust);
      if (before.status !== "accepted") continue;
      if (!before.isLate && after.isLate) {
        preview.becomeLate += 1;
        affected.add(list[0].learnerId);
      } else if (before.isLate && !after.isLate) preview.becomeOnTime += 1;
    }
    preview.learners = affected.size;
    return preview;
  });
}
