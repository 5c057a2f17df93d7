import { NextResponse, type NextRequest } from "next/server";
import { createNonce, isHttps, responseKind, securityHeaders } from "@/lib/http/security-headers";

/**
 * Security headers on every response (see lib/http/security-headers.ts). A page gets a fresh
 * nonce: it goes into the request's Content-Security-Policy header too, where Next.js reads it
 * and puts it on the scripts it renders (every page is dynamic: the root layout reads cookies).
 */
export function proxy(request: NextRequest): NextResponse {
  const kind = responseKind(request.nextUrl.pathname);
  const nonce = kind === "page" ? createNonce() : undefined;
  const headers = securityHeaders(kind, { nonce, https: isHttps(request.headers), dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  else requestHeaders.delete("content-security-policy");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
