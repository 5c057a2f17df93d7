import { NextResponse, type NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { isOddApiPath } from "@/lib/http/is-odd-api-path";
import { jsonError } from "@/lib/http/json-error";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { stripForwardedHeaders } from "@/lib/http/strip-forwarded-headers";
import { isProxyTrusted } from "@/lib/http/trust-proxy";

/**
 * The HTTP edge, before any page, server action or route handler (every rule lives in lib/http):
 * - odd paths under /api/ (`..`, `%2e%2e`, trailing slash) get the API's JSON 404;
 * - other paths with a trailing slash are redirected without it (next.config.ts turns Next's
 *   own redirect off, since it ran before this and sent `/api/x/..` to an HTML 404);
 * - a state-changing request from another origin gets a JSON 403, server actions included
 *   (Next.js answers a cross-origin action with a 500);
 * - without GD_TRUST_PROXY=1 the client's X-Forwarded-* headers are removed, so that Next.js
 *   (its own action check, request.url) and our code see the connection, not the client's claims.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isOddApiPath(pathname)) return jsonError(404, "not_found", "No such API route.");
  if (pathname !== "/" && pathname.endsWith("/")) {
    const target = new URL(`${pathname.replace(/\/+$/, "") || "/"}${request.nextUrl.search}`, request.url);
    return NextResponse.redirect(target, 308); // Next.js makes a same-origin Location relative

  }
  const trustProxy = isProxyTrusted();
  try {
    assertSameOrigin(request, trustProxy);
  } catch (error) {
    if (isAppError(error, "forbidden")) return jsonError(403, error.code, error.message);
    throw error;
  }
  const headers = trustProxy ? null : stripForwardedHeaders(request.headers);
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
}

export const config = {
  // Everything but the build's static files (no state changes, no /api there).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
