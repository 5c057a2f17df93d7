import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { strictestPolicy, type SubmissionPolicy } from "./submission-policy";

/**
 * The policy for a learner's submit to an exercise: the strictest of the published, opened sets
 * of the learner's courses that contain it. Closed sets no longer apply (after closing, the
 * exercise is practice: no limit, full feedback, and the gradebook does not count it).
 * Throws storage_unavailable.
 */
export async function findSubmissionPolicy({
  learnerId,
  exerciseSlug,
  now = new Date(),
}: {
  learnerId: string;
  exerciseSlug: string;
  now?: Date;
}): Promise<SubmissionPolicy> {
  return withStorageErrors(async () => {
    const sets = await getDb().problemSet.findMany({
      where: {
        status: "published",
        OR: [{ opensAt: null }, { opensAt: { lte: now } }],
        items: { some: { exercise: { slug: exerciseSlug } } },
        course: { enrollments: { some: { learnerId } } },
      },
      select: { submitIntervalSeconds: true, revealFailingCase: true, dueAt: true },
    });
    return strictestPolicy(sets, now);
  });
}
