import { AppError } from "../errors";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Refuses a state-changing request sent by another site (CSRF). Browsers attach Origin to
 * cross-origin requests and to same-origin POSTs; a request without one (curl, old browsers on
 * same-origin navigation) is let through, since SameSite=Lax already withholds our cookie from
 * cross-site POSTs.
 */
export function assertSameOrigin(request: Request): void {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (origin !== ownOrigin(request)) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
}

/**
 * The origin the browser used to reach us. Behind a proxy the Host header (or X-Forwarded-Host)
 * names it; request.url may carry the internal address Next listens on.
 */
function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto ? `${forwardedProto}:` : url.protocol;
  return `${protocol}//${host}`;
}
