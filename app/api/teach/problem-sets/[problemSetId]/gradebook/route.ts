import { getGradebook } from "@/lib/gradebook/get-gradebook";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";

/** The set's gradebook as JSON: matrix and per-exercise statistics (course owner or admin). */
export async function GET(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/gradebook`, async () => {
    const user = await requireUser();
    return jsonResponse({ gradebook: await getGradebook({ actor: user, problemSetId }) });
  });
}
