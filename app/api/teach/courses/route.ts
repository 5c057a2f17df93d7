import { createCourse } from "@/lib/courses/create-course";
import { ZCourseInput } from "@/lib/courses/course-input";
import { listTeachingCourses } from "@/lib/courses/list-teaching-courses";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

/** The courses the user teaches or assists on as a TA (an admin's: all); listTeachingCourses refuses anyone else. */
export async function GET(request: Request) {
  return handleRoute(request, "/api/teach/courses", async () => {
    const user = await requireUser();
    return jsonResponse({ courses: await listTeachingCourses({ actor: user }) });
  });
}

/** Creates a course: { title, description } → { course: { id, joinCode } }. */
export async function POST(request: Request) {
  return handleRoute(request, "/api/teach/courses", async () => {
    const user = await requireUser("instructor");
    const input = await parseJsonBody(request, ZCourseInput);
    return jsonResponse({ course: await createCourse({ actor: user, input }) }, 201);
  });
}
