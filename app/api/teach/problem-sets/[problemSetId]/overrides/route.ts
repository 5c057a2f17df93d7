import { z } from "zod";
import { overrideGrade } from "@/lib/gradebook/override-grade";
import { requireUser } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

/** Overrides one learner's grade on one exercise: { learnerId, exerciseSlug, score | null, reason } (course staff; the domain function checks the course and validates the fields). */
export async function POST(request: Request, { params }: { params: Promise<{ problemSetId: string }> }) {
  const { problemSetId } = await params;
  return handleRoute(request, `/api/teach/problem-sets/${problemSetId}/overrides`, async () => {
    const user = await requireUser();
    const input = await parseJsonBody(request, z.record(z.string(), z.unknown()));
    await overrideGrade({ actor: user, problemSetId, input });
    return new Response(null, { status: 204 });
  });
}
