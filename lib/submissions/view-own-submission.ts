import { toLearnerSubmission, type LearnerSubmission } from "../http/submission-view";
import { applyFeedbackPolicy } from "../problem-sets/apply-feedback-policy";
import { findSubmissionPolicy } from "../problem-sets/find-submission-policy";
import { getSubmission } from "./get-submission";

/**
 * One of the learner's own submissions as they may see it again: hidden details removed, and
 * the failing hidden case too while a problem set of theirs withholds it — the same policy as
 * Submit, so reopening a submission (API or history page) cannot get around it.
 * Throws not_found for another learner's submission, storage_unavailable.
 */
export async function viewOwnSubmission({ learnerId, submissionId }: { learnerId: string; submissionId: string }): Promise<LearnerSubmission> {
  const detail = await getSubmission({ learnerId, submissionId });
  const submission = toLearnerSubmission(detail);
  const policy = await findSubmissionPolicy({ learnerId, exerciseSlug: detail.exerciseSlug });
  return { ...submission, result: applyFeedbackPolicy(submission.result, policy) };
}
