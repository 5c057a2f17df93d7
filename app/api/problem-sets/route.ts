import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { listAssignedProblemSets } from "@/lib/problem-sets/list-assigned-problem-sets";

/** The problem sets assigned to the signed-in learner, with their standing on each exercise. */
export async function GET(request: Request) {
  return handleRoute(request, "/api/problem-sets", async () => {
    const user = await requireUser();
    return jsonResponse({ problemSets: await listAssignedProblemSets({ learnerId: user.learnerId }) });
  });
}
