import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";
import { createProblemSet } from "@/lib/problem-sets/create-problem-set";
import { ZProblemSetInput } from "@/lib/problem-sets/problem-set-input";

/** Creates a draft problem set in the course → { problemSet: { id } }. */
export async function POST(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}/problem-sets`, async () => {
    const user = await requireUser("instructor");
    const input = await parseJsonBody(request, ZProblemSetInput);
    return jsonResponse({ problemSet: await createProblemSet({ actor: user, courseId, input }) }, 201);
  });
}
