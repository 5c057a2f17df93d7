import { removeCourseAssistant } from "@/lib/courses/remove-course-assistant";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";

/** Takes a teaching assistant off the course (owner or admin; the domain function checks). */
export async function DELETE(request: Request, { params }: { params: Promise<{ courseId: string; userId: string }> }) {
  const { courseId, userId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}/assistants/${userId}`, async () => {
    const user = await requireUser();
    await removeCourseAssistant({ actor: user, courseId, userId });
    return new Response(null, { status: 204 });
  });
}
