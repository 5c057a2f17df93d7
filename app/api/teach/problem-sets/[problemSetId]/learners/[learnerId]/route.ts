import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";

/** One enrolled learner's submissions to the set, with code and per-test results (course owner or admin). */
export async function GET(request: Request, { params }: { params: Promise<{ problemSetId: string; learnerId: string }> }) {
  const { problemSetId, learnerId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/learners/${learnerId}`, async () => {
    const user = await requireUser();
    return jsonResponse({ work: await getLearnerWork({ actor: user, problemSetId, learnerId }) });
  });
}
