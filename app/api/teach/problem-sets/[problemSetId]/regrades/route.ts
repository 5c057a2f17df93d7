import { getRegrade } from "@/lib/gradebook/get-regrade";
import { startRegrade } from "@/lib/gradebook/start-regrade";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";

/** Starts a background regrade of the set's outdated submissions: 202 { regradeId, total }. */
export async function POST(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/regrades`, async () => {
    const user = await requireUser();
    return jsonResponse(await startRegrade({ actor: user, problemSetId }), 202);
  });
}

/** The set's newest regrade (progress and changed verdicts), or { regrade: null }. */
export async function GET(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/regrades`, async () => {
    const user = await requireUser();
    return jsonResponse({ regrade: await getRegrade({ actor: user, problemSetId }) });
  });
}
