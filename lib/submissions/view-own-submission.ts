import { toLearnerSubmission, type LearnerSubmission } from "./submission-view";
import { applyFeedbackPolicy } from "../problem-sets/apply-feedback-policy";
import { resolveStoredPolicy } from "../problem-sets/resolve-stored-policy";
import { getSubmission } from "./get-submission";

/**
 * One of the learner's own submissions as they may see it again: hidden details removed, and
 * the failing hidden case too unless the feedback policy STORED WITH IT at submit time allows it
 * ("after_due": once its stored due date has passed). The sets as they are now play no part:
 * leaving or being removed from the course, or the set closing, cannot reveal what Submit hid.
 * Every learner view (API, history page, the exercise page's History panel) goes through here.
 * Throws not_found for another learner's submission, storage_unavailable.
 */
export async function viewOwnSubmission({
  learnerId,
  submissionId,
  now = new Date(),
}: {
  learnerId: string;
  submissionId: string;
  now?: Date;
}): Promise<LearnerSubmission> {
  const detail = await getSubmission({ learnerId, submissionId });
  const submission = toLearnerSubmission(detail);
  return { ...submission, result: applyFeedbackPolicy(submission.result, resolveStoredPolicy(detail, now)) };
}
