import { AppError } from "../errors";
import { isProxyTrusted } from "./trust-proxy";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Refuses a state-changing request sent by another site (CSRF). Browsers attach Origin to
 * cross-origin requests and to same-origin POSTs; a request without one (curl, old browsers on
 * same-origin navigation) is let through, since SameSite=Lax already withholds our cookie from
 * cross-site POSTs. Route handlers call it through handleRoute; proxy.ts calls it for every
 * request, server actions included (Next.js would answer those with a 500).
 */
export function assertSameOrigin(request: Request, trustProxy = isProxyTrusted()): void {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (origin !== ownOrigin(request, trustProxy)) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
}

/**
 * The origin the browser used to reach us: the Host header, and the scheme of request.url.
 * Behind a trusted proxy (GD_TRUST_PROXY=1) X-Forwarded-Host/Proto name it instead; without one
 * they are the client's own words and never count (a page on evil.example could otherwise send
 * `X-Forwarded-Host: evil.example` with its Origin and pass).
 */
function ownOrigin(request: Request, trustProxy: boolean): string {
  const url = new URL(request.url);
  const forwarded = (name: string) => (trustProxy ? request.headers.get(name)?.split(",")[0]?.trim() : undefined);
  const host = forwarded("x-forwarded-host") || request.headers.get("host") || url.host;
  const forwardedProto = forwarded("x-forwarded-proto");
  const protocol = forwardedProto ? `${forwardedProto}:` : url.protocol;
  return `${protocol}//${host}`;
}
