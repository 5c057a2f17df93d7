import { AppError } from "@/lib/errors";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { toLearnerSubmission } from "@/lib/http/submission-view";
import { applyFeedbackPolicy } from "@/lib/problem-sets/apply-feedback-policy";
import { findSubmissionPolicy } from "@/lib/problem-sets/find-submission-policy";
import { getSubmission } from "@/lib/submissions/get-submission";

/**
 * One of the learner's own submissions: code and results (hidden details removed, and the
 * failing hidden case too while a problem set of theirs withholds it: the same policy as Submit).
 */
export async function GET(request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  return handleRoute(request, `/api/submissions/${submissionId}`, async () => {
    const learner = await findCurrentLearner();
    if (!learner) throw new AppError("not_found", "No such submission.");
    const detail = await getSubmission({ learnerId: learner.id, submissionId });
    const submission = toLearnerSubmission(detail);
    const policy = await findSubmissionPolicy({ learnerId: learner.id, exerciseSlug: detail.exerciseSlug });
    return jsonResponse({ submission: { ...submission, result: applyFeedbackPolicy(submission.result, policy) } });
  });
}
