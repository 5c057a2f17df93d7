import { saveDraft } from "@/lib/drafts/save-draft";
import { requireLearner } from "@/lib/http/current-learner";
import { handleRoute } from "@/lib/http/handle-route";
import { ZCodeBody } from "@/lib/http/code-body";
import { parseJsonBody } from "@/lib/http/json-body";

/** Autosave of the editor's content. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleRoute(request, `/api/exercises/${id}/draft`, async () => {
    const { code } = await parseJsonBody(request, ZCodeBody);
    const learner = await requireLearner();
    await saveDraft({ learnerId: learner.id, exerciseSlug: id, code });
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  });
}
