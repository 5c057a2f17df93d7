import { isIP } from "node:net";
import { isProxyTrusted } from "./trust-proxy";

/**
 * The address a request came from, for per-address rate limits. Next.js does not expose the
 * socket to route handlers or server actions; `next start` writes the socket's address into
 * X-Forwarded-For, but only when the request did not bring that header itself.
 *
 * - GD_TRUST_PROXY=1 (behind one reverse proxy that appends the client's address to
 *   X-Forwarded-For, e.g. nginx's $proxy_add_x_forwarded_for): the right-most entry, the one our
 *   proxy wrote; entries to its left were sent by the client and are ignored.
 * - Otherwise X-Forwarded-For is not trusted: only a lone, well-formed address (what `next start`
 *   writes from the socket) is used; a list or anything else is client-made and lands in one
 *   shared "untrusted" bucket, so inventing headers does not buy a fresh allowance per value.
 *   A client that talks to `next start` directly can still send a single made-up address: the
 *   per-account limit bounds guessing on every account regardless, and production deployments
 *   belong behind a proxy with GD_TRUST_PROXY=1.
 */
export function getClientAddress(headers: Headers, trustProxy = isProxyTrusted()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => normalize(entry.trim()))
    .filter((entry) => entry !== "");
  if (trustProxy) {
    const last = entries.at(-1);
    return last && isIP(last) ? last : "unknown";
  }
  if (entries.length === 1 && isIP(entries[0])) return entries[0];
  return entries.length === 0 ? "unknown" : "untrusted";
}

/** IPv4-mapped IPv6 ("::ffff:127.0.0.1") is the IPv4 address: one client, one bucket. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1] : address).toLowerCase();
}
