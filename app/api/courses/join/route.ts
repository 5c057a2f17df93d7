import { z } from "zod";
import { getClientAddress } from "@/lib/http/client-address";
import { joinCourse } from "@/lib/courses/join-course";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

const ZJoinBody = z.object({ code: z.string().max(40) });

/** Joins the course with this code: { code } → { courseId, title, isNew }; 429 with Retry-After after too many wrong codes. */
export async function POST(request: Request) {
  return handleRoute(request, "/api/courses/join", async () => {
    const user = await requireUser();
    const { code } = await parseJsonBody(request, ZJoinBody);
    return jsonResponse(await joinCourse({ actor: user, code, address: getClientAddress(request.headers) }));
  });
}
