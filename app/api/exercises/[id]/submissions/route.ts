import { findCurrentLearner, requireLearner } from "@/lib/http/current-learner";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { ZCodeBody } from "@/lib/http/code-body";
import { parseJsonBody } from "@/lib/http/json-body";
import { listSubmissions } from "@/lib/submissions/list-submissions";
import { submitSolution } from "@/lib/submissions/submit-solution";

/** Submit: grades everything, stores it, answers { submissionId, result } once stored. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleRoute(request, `/api/exercises/${id}/submissions`, async () => {
    const { code } = await parseJsonBody(request, ZCodeBody);
    const learner = await requireLearner();
    const { submissionId, result } = await submitSolution({ learnerId: learner.id, exerciseSlug: id, code });
    return jsonResponse({ submissionId, result }, 201);
  });
}

/** The learner's own submissions to this exercise, newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleRoute(request, `/api/exercises/${id}/submissions`, async () => {
    const learner = await findCurrentLearner();
    const submissions = learner ? await listSubmissions({ learnerId: learner.id, exerciseSlug: id }) : [];
    return jsonResponse({ submissions });
  });
}
