/** The headers a reverse proxy writes about the client's connection. */
export const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded"] as const;

/**
 * The request headers without the forwarded ones the client sent, or null when there are none
 * (nothing to change). Run by proxy.ts when no proxy is trusted: `next start` then writes
 * X-Forwarded-Host/Proto/Port/For itself from the Host header and the socket (it only fills them
 * in when absent), so Next.js's own server-action origin check, request.url and
 * getClientAddress all see the connection as it is, never what the client claims.
 */
export function stripForwardedHeaders(headers: Headers): Headers | null {
  if (!FORWARDED_HEADERS.some((name) => headers.has(name))) return null;
  const stripped = new Headers(headers);
  for (const name of FORWARDED_HEADERS) stripped.delete(name);
  return stripped;
}
