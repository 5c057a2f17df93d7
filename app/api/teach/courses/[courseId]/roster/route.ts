import { z } from "zod";
import { importRoster } from "@/lib/courses/import-roster";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

/** Roster import: { csv, mode: "preview" | "apply" } (owner or admin; the domain function checks and validates). */
export async function POST(request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return handleRoute(request, `/api/teach/courses/${courseId}/roster`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, z.record(z.string(), z.unknown()));
    return jsonResponse(await importRoster({ actor: user, courseId, input }));
  });
}
