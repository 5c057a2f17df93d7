import { z } from "zod";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { PROBLEM_SET_STATUSES } from "@/lib/problem-sets/problem-set-input";

const ZStatusBody = z.object({ status: z.enum(PROBLEM_SET_STATUSES) });

/** Publishes, unpublishes, closes or reopens a set: { status }. */
export async function POST(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/status`, async () => {
    const user = await requireUser("instructor");
    const { status } = await parseJsonBody(request, ZStatusBody);
    await changeProblemSetStatus({ actor: user, problemSetId, status });
    return new Response(null, { status: 204 });
  });
}
