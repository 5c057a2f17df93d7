import { getLearnerCourse } from "@/lib/problem-sets/get-learner-course";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";

/** A course the signed-in learner is in, with its open sets and their standing (404 otherwise). */
export async function GET(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return handleRoute(request, `/api/courses/${courseId}`, async () => {
    const user = await requireUser();
    return jsonResponse({ course: await getLearnerCourse({ actor: user, courseId }) });
  });
}
