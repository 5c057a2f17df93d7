/**
 * Whether a reverse proxy we run sits in front of the server and owns the X-Forwarded-* headers
 * (GD_TRUST_PROXY=1). Without it every X-Forwarded-* header a request brings was written by the
 * client and means nothing: the origin check, the Secure cookie flag and the rate limits ignore
 * them, and proxy.ts removes them before Next.js reads them (see stripForwardedHeaders).
 */
export function isProxyTrusted(): boolean {
  return process.env.GD_TRUST_PROXY === "1";
}
