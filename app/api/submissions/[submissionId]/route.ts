import { AppError } from "@/lib/errors";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { viewOwnSubmission } from "@/lib/submissions/view-own-submission";

/**
 * One of the learner's own submissions: code and results (hidden details removed, and the
 * failing hidden case too while a problem set of theirs withholds it: the same policy as Submit).
 */
export async function GET(request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  return handleRoute(request, `/api/submissions/${submissionId}`, async () => {
    const learner = await findCurrentLearner();
    if (!learner) throw new AppError("not_found", "No such submission.");
    return jsonResponse({ submission: await viewOwnSubmission({ learnerId: learner.id, submissionId }) });
  });
}
