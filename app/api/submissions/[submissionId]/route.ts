import { AppError } from "@/lib/errors";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { toLearnerSubmission } from "@/lib/http/submission-view";
import { getSubmission } from "@/lib/submissions/get-submission";

/** One of the learner's own submissions: code and results (hidden details removed). */
export async function GET(request: Request, { params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  return handleRoute(request, `/api/submissions/${submissionId}`, async () => {
    const learner = await findCurrentLearner();
    if (!learner) throw new AppError("not_found", "No such submission.");
    const detail = await getSubmission({ learnerId: learner.id, submissionId });
    return jsonResponse({ submission: toLearnerSubmission(detail) });
  });
}
