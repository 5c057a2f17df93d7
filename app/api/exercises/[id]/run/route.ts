import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { ZCodeBody } from "@/lib/http/code-body";
import { parseJsonBody } from "@/lib/http/json-body";
import { identifyRunCaller } from "@/lib/http/run-caller";
import { runExamples } from "@/lib/submissions/run-examples";

/** Run: grades the visible examples; nothing is stored, so no learner is needed (the cookie keys the Run limits). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleRoute(request, `/api/exercises/${id}/run`, async () => {
    const { code } = await parseJsonBody(request, ZCodeBody);
    return jsonResponse(await runExamples({ exerciseSlug: id, code, caller: await identifyRunCaller(request.headers) }));
  });
}
