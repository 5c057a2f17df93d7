import { ZCourseInput } from "@/lib/courses/course-input";
import { getTeachingCourse } from "@/lib/problem-sets/get-teaching-course";
import { updateCourse } from "@/lib/courses/update-course";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

type Context = { params: Promise<{ courseId: string }> };

/** A course with its roster, TAs and problem sets (course staff, TAs read-only; other instructors get 404). */
export async function GET(request: Request, { params }: Context) {
  const { courseId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}`, async () => {
    const user = await requireUser();
    return jsonResponse({ course: await getTeachingCourse({ actor: user, courseId }) });
  });
}

/** Renames a course: { title, description }. */
export async function PATCH(request: Request, { params }: Context) {
  const { courseId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, ZCourseInput);
    await updateCourse({ actor: user, courseId, input });
    return new Response(null, { status: 204 });
  });
}
