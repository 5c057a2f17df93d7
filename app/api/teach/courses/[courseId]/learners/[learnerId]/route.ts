import { removeLearner } from "@/lib/courses/remove-learner";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";

/** Removes a learner from the course (owner or admin). */
export async function DELETE(request: Request, { params }: { params: Promise<{ courseId: string; learnerId: string }> }) {
  const { courseId, learnerId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}/learners/${learnerId}`, async () => {
    const user = await requireUser("instructor");
    await removeLearner({ actor: user, courseId, learnerId });
    return new Response(null, { status: 204 });
  });
}
