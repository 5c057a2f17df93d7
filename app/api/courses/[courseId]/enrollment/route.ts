import { leaveCourse } from "@/lib/problem-sets/leave-course";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";

/** Leaves the course. */
export async function DELETE(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return handleRoute(request, `/api/courses/${courseId}/enrollment`, async () => {
    const user = await requireUser();
    await leaveCourse({ actor: user, courseId });
    return new Response(null, { status: 204 });
  });
}
