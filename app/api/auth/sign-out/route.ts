import { endBrowserSession } from "@/lib/http/current-user";
import { handleRoute } from "@/lib/http/handle-route";

/** Sign out: deletes the session row and the cookies. 204 whether or not there was a session. */
export async function POST(request: Request) {
  return handleRoute(request, "/api/auth/sign-out", async () => {
    await endBrowserSession();
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  });
}
