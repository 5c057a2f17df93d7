import { z } from "zod";
import { getClientAddress } from "@/lib/http/client-address";
import { signIn } from "@/lib/auth/sign-in";
import { readAnonymousToken, startBrowserSession } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

// Shapes only; the rules (and the generic failure message) are signIn's.
const ZBody = z.object({ email: z.string().max(1000), password: z.string().max(1000) });

/** Sign in for scripts and tests: `{ email, password }` → `{ user }` and the session cookie. */
export async function POST(request: Request) {
  return handleRoute(request, "/api/auth/sign-in", async () => {
    const body = await parseJsonBody(request, ZBody);
    const signedIn = await signIn({ ...body, address: getClientAddress(request.headers), anonymousToken: await readAnonymousToken() });
    await startBrowserSession(signedIn);
    return jsonResponse({ user: signedIn.user });
  });
}
