import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";
import { deleteProblemSet } from "@/lib/problem-sets/delete-problem-set";
import { getProblemSetForEditing } from "@/lib/problem-sets/get-problem-set-for-editing";
import { ZProblemSetInput } from "@/lib/problem-sets/problem-set-input";
import { updateProblemSet } from "@/lib/problem-sets/update-problem-set";

type Context = { params: Promise<{ problemSetId: string }> };

/** A problem set as its editor shows it (course owner or admin). */
export async function GET(request: Request, { params }: Context) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}`, async () => {
    const user = await requireUser("instructor");
    return jsonResponse({ problemSet: await getProblemSetForEditing({ actor: user, problemSetId }) });
  });
}

/** Replaces the set's fields and exercises. */
export async function PUT(request: Request, { params }: Context) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}`, async () => {
    const user = await requireUser("instructor");
    const input = await parseJsonBody(request, ZProblemSetInput);
    await updateProblemSet({ actor: user, problemSetId, input });
    return new Response(null, { status: 204 });
  });
}

/** Deletes a draft. */
export async function DELETE(request: Request, { params }: Context) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}`, async () => {
    const user = await requireUser("instructor");
    return jsonResponse(await deleteProblemSet({ actor: user, problemSetId }));
  });
}
