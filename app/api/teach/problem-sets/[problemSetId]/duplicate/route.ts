import { z } from "zod";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";
import { duplicateProblemSet } from "@/lib/problem-sets/duplicate-problem-set";

/** Copies the set as a draft: { courseId, keepDates, title? } (owner or admin of both courses; the domain function checks). */
export async function POST(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/duplicate`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, z.record(z.string(), z.unknown()));
    return jsonResponse(await duplicateProblemSet({ actor: user, problemSetId, input }), 201);
  });
}
