/**
 * Security headers for every response (pages, API routes, static assets), set by `proxy.ts`.
 * Domain-free: it knows paths, not exercises. See ARCHITECTURE.md, "The browser's threat model".
 */

/** What a response is, for its Content-Security-Policy. */
export type ResponseKind = "page" | "api" | "asset";

export function responseKind(pathname: string): ResponseKind {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/_next/static/")) return "asset";
  return "page";
}

/** A fresh, unguessable nonce per page response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a response.
 *
 * Pages (`nonce` required): Next.js reads the nonce from the request's CSP header and puts it on
 * its own scripts; 'strict-dynamic' lets those scripts load the chunks they import (Monaco,
 * recharts) without listing them. 'self' is ignored where 'strict-dynamic' is understood and is
 * only a fallback for CSP2 browsers. No 'unsafe-eval' in production: neither Next, React,
 * Monaco (0.57, ESM build, bundled workers) nor recharts evaluate strings; the browser tests
 * prove it. `next dev` needs it (React rebuilds server stacks with eval), so dev only.
 *
 * style-src has 'unsafe-inline' and no nonce (a nonce would switch 'unsafe-inline' off):
 * Monaco injects <style> elements without a nonce (it has no nonce option), and KaTeX's
 * server-rendered HTML carries style="…" attributes, which no nonce can allow. Injected CSS can
 * restyle a page but not run script; scripts stay nonce-only.
 *
 * worker-src 'self': Monaco's editor and TypeScript workers are same-origin module scripts under
 * /_next/static (`new Worker(new URL(…, import.meta.url))`), never blob: or a CDN.
 *
 * API responses are JSON or CSV and never need to run or load anything: everything 'none'.
 *
 * Static assets (/_next/static) get a policy too because a worker takes its policy from its
 * script's response: the workers may import their own chunks, nothing else.
 */
export function contentSecurityPolicy(kind: ResponseKind, options: { nonce?: string; https: boolean; dev: boolean }): string {
  if (kind === "api") {
    return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  }
  if (kind === "asset") {
    return "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
  }
  if (!options.nonce) throw new Error("A page's Content-Security-Policy needs a nonce.");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ];
  // Over plain http (local `npm start`) upgrading would break every request.
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * Whether the browser reached us over https. `next start` speaks plain http only, so https means
 * a TLS-terminating reverse proxy, trusted with GD_TRUST_PROXY=1: its X-Forwarded-Proto (the
 * right-most entry, the one it wrote; entries to its left are the client's) says "https".
 * Without GD_TRUST_PROXY the header is the client's own and ignored; so is request.url's
 * scheme, which Next derives from that same header.
 */
export function isHttps(headers: Headers, trustProxy = process.env.GD_TRUST_PROXY === "1"): boolean {
  if (!trustProxy) return false;
  return headers.get("x-forwarded-proto")?.split(",").at(-1)?.trim().toLowerCase() === "https";
}

/** Two years, the preload list's minimum; subdomains are not ours to decide, so not included. */
export const HSTS = "max-age=63072000";

/** The headers every response carries (plus HSTS over https). */
export function securityHeaders(kind: ResponseKind, options: { nonce?: string; https: boolean; dev: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(kind, options),
    // frame-ancestors 'none' for old browsers that ignore CSP's.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Same-origin navigations keep the full URL; other sites get the origin, http gets nothing.
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  if (options.https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}
