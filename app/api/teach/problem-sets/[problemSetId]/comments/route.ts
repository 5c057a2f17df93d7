import { z } from "zod";
import { addSubmissionComment } from "@/lib/gradebook/add-submission-comment";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

/** Comments on a learner's submission: { submissionId, body } (course staff; the domain function checks the course and validates the fields). */
export async function POST(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/comments`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, z.record(z.string(), z.unknown()));
    return jsonResponse({ comment: await addSubmissionComment({ actor: user, problemSetId, input }) }, 201);
  });
}
