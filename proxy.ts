import { NextResponse, type NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { isOddApiPath } from "@/lib/http/is-odd-api-path";
import { jsonError } from "@/lib/http/json-error";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { createNonce, isHttps, responseKind, securityHeaders } from "@/lib/http/security-headers";
import { stripForwardedHeaders } from "@/lib/http/strip-forwarded-headers";
import { isProxyTrusted } from "@/lib/http/trust-proxy";

/**
 * The HTTP edge, before any page, server action, route handler or static file (every rule lives
 * in lib/http):
 * - security headers on every response (lib/http/security-headers.ts); a page gets a fresh
 *   nonce, also put into the request's Content-Security-Policy header, where Next.js reads it
 *   and puts it on the scripts it renders (every page is dynamic: the root layout reads cookies);
 * - odd paths under /api/ (`..`, `%2e%2e`, trailing slash) get the API's JSON 404;
 * - other paths with a trailing slash are redirected without it (next.config.ts turns Next's
 *   own redirect off, since it ran before this and sent `/api/x/..` to an HTML 404);
 * - a state-changing request from another origin gets a JSON 403, server actions included
 *   (Next.js answers a cross-origin action with a 500);
 * - without GD_TRUST_PROXY=1 the client's X-Forwarded-* headers are removed, so that Next.js
 *   (its own action check, request.url) and our code see the connection, not the client's claims.
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  const kind = responseKind(pathname);
  const nonce = kind === "page" ? createNonce() : undefined;
  const headers = securityHeaders(kind, { nonce, https: isHttps(request.headers), dev: process.env.NODE_ENV === "development" });
  const withHeaders = <T extends Response>(response: T): T => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };

  if (isOddApiPath(pathname)) return withHeaders(jsonError(404, "not_found", "No such API route."));
  if (pathname !== "/" && pathname.endsWith("/")) {
    const target = new URL(`${pathname.replace(/\/+$/, "") || "/"}${request.nextUrl.search}`, request.url);
    return withHeaders(NextResponse.redirect(target, 308)); // Next.js makes a same-origin Location relative
  }
  const trustProxy = isProxyTrusted();
  try {
    assertSameOrigin(request, trustProxy);
  } catch (error) {
    if (isAppError(error, "forbidden")) return withHeaders(jsonError(403, error.code, error.message));
    throw error;
  }
  const requestHeaders = (trustProxy ? null : stripForwardedHeaders(request.headers)) ?? new Headers(request.headers);
  if (nonce) requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  else requestHeaders.delete("content-security-policy");
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}
