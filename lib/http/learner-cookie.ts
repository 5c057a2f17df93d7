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

/** Whether the browser reached us over https (directly, or through a TLS-terminating proxy). */
export function isHttpsRequest(headers: Headers, requestUrl?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return requestUrl ? new URL(requestUrl).protocol === "https:" : false;
}
