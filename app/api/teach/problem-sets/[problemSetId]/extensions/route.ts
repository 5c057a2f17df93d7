import { z } from "zod";
import { grantExtension } from "@/lib/gradebook/grant-extension";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

/** Grants (or, with dueAt null, withdraws) a learner's own due date: { learnerId, dueAt } (course staff; the domain function checks the course and validates the fields). */
export async function POST(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/extensions`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, z.record(z.string(), z.unknown()));
    await grantExtension({ actor: user, problemSetId, input });
    return new Response(null, { status: 204 });
  });
}
