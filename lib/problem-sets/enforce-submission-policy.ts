import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { findSubmissionPolicy } from "./find-submission-policy";
import type { SubmissionPolicy } from "./submission-policy";

/**
 * Call before grading a submit: finds the policy of the learner's sets for this exercise and
 * throws AppError rate_limited when the learner's last submission of the exercise is more
 * recent than the strictest interval (so a refused submit never occupies a grading process).
 * Returns the policy, for applyFeedbackPolicy. Throws storage_unavailable too.
 *
 * Two submits sent at the same instant can both pass (the check is not in the recording
 * transaction); each is still graded and stored, and the next one waits again.
 */
export async function enforceSubmissionPolicy({
  learnerId,
  exerciseSlug,
  now = new Date(),
}: {
  learnerId: string;
  exerciseSlug: string;
  now?: Date;
}): Promise<SubmissionPolicy> {
  const policy = await findSubmissionPolicy({ learnerId, exerciseSlug, now });
  if (policy.minIntervalSeconds === 0) return policy;
  const last = await withStorageErrors(() =>
    getDb().submission.findFirst({
      where: { learnerId, exercise: { slug: exerciseSlug } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
    }),
  );
  if (last) {
    const waitMs = last.createdAt.getTime() + policy.minIntervalSeconds * 1000 - now.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError("rate_limited", `You can submit this exercise again in ${seconds} s`, { retryAfterSeconds: seconds });
    }
  }
  return policy;
}
