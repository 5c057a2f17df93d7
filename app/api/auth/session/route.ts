import { requireUser } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";

/** The signed-in account: `{ user: { id, email, role, learnerId } }`, or 401. */
export async function GET(request: Request) {
  return handleRoute(request, "/api/auth/session", async () => jsonResponse({ user: await requireUser() }));
}
