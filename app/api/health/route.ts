import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { readHealth } from "@/lib/health/read-health";

/** Operational health as JSON (aggregates only, see readHealth); 503 while no grading process is ready. */
export async function GET(request: Request) {
  return handleRoute(request, "/api/health", async () => {
    const health = readHealth();
    return jsonResponse(health, health.status === "ok" ? 200 : 503);
  });
}
