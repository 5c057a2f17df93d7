import { listLearnerCourses } from "@/lib/courses/list-learner-courses";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";

/** The signed-in learner's courses. */
export async function GET(request: Request) {
  return handleRoute(request, "/api/courses", async () => {
    const user = await requireUser();
    return jsonResponse({ courses: await listLearnerCourses({ learnerId: user.learnerId }) });
  });
}
