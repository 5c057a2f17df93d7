import { z } from "zod";
import { addCourseAssistant } from "@/lib/courses/add-course-assistant";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

/** Adds a teaching assistant by email: { email } (owner or admin; the domain function checks). */
export async function POST(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}/assistants`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, z.record(z.string(), z.unknown()));
    return Response.json(await addCourseAssistant({ actor: user, courseId, input }), { status: 201 });
  });
}
