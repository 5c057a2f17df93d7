import { isProxyTrusted } from "./trust-proxy";

/** The anonymous learner's cookie: a random token whose hash identifies a Learner row. */
export const LEARNER_COOKIE = "gd_learner";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * HttpOnly: page scripts never need the token (and an injected script cannot steal it).
 * SameSite=Lax: the cookie is not sent on cross-site POSTs, the first line against CSRF.
 * Secure only over https, so plain-http development and tests keep working.
 */
export function learnerCookieOptions(isHttps: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: isHttps,
    maxAge: ONE_YEAR_SECONDS,
    path: "/",
  };
}

/**
 * Whether the browser reached us over https: through a TLS-terminating proxy we trust
 * (GD_TRUST_PROXY=1, its X-Forwarded-Proto), or directly. Without a trusted proxy a client's
 * X-Forwarded-Proto is ignored.
 */
export function isHttpsRequest(headers: Headers, requestUrl?: string, trustProxy = isProxyTrusted()): boolean {
  const forwarded = trustProxy ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() : undefined;
  if (forwarded) return forwarded === "https";
  return requestUrl ? new URL(requestUrl).protocol === "https:" : false;
}
