import { z } from "zod";
import { getClientAddress } from "@/lib/http/client-address";
import { signUp } from "@/lib/users/sign-up";
import { readAnonymousToken, startBrowserSession } from "@/lib/http/current-user";
import { handleRoute, jsonResponse } from "@/lib/http/handle-route";
import { parseJsonBody } from "@/lib/http/json-body";

const ZBody = z.object({ email: z.string().max(1000), password: z.string().max(1000) });

/** Create an account and sign it in: `{ email, password }` → 201 `{ user }` and the session cookie. */
export async function POST(request: Request) {
  return handleRoute(request, "/api/auth/sign-up", async () => {
    const body = await parseJsonBody(request, ZBody);
    const signedIn = await signUp({ ...body, address: getClientAddress(request.headers), anonymousToken: await readAnonymousToken() });
    await startBrowserSession(signedIn);
    return jsonResponse({ user: signedIn.user }, 201);
  });
}
