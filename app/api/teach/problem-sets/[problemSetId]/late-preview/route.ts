import { AppError } from "@/lib/errors";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";
import { countRelabelledLate } from "@/lib/problem-sets/count-relabelled-late";

/** GET ?dueAt=<ISO or empty>: how many accepted exercises a due-date change would relabel late (or on time). */
export async function GET(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/late-preview`, async () => {
    const user = await requireUser("instructor");
    const raw = new URL(request.url).searchParams.get("dueAt") ?? "";
    const dueAt = raw === "" ? null : new Date(raw);
    if (dueAt && Number.isNaN(dueAt.getTime())) throw new AppError("invalid_input", "dueAt: not a date");
    return Response.json(await countRelabelledLate({ actor: user, problemSetId, dueAt }));
  });
}
