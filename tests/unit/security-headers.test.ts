import { describe, expect, it } from "vitest";
import { HSTS, contentSecurityPolicy, createNonce, isHttps, responseKind, securityHeaders } from "@/lib/http/security-headers";

const proto = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-proto": value });

describe("security headers", () => {
  it("tells pages, API routes and static assets apart", () => {
    expect(responseKind("/")).toBe("page");
    expect(responseKind("/exercises/softmax")).toBe("page");
    expect(responseKind("/apiary")).toBe("page");
    expect(responseKind("/api/auth/session")).toBe("api");
    expect(responseKind("/api")).toBe("api");
    expect(responseKind("/_next/static/chunks/a.js")).toBe("asset");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("gives pages a nonce policy without unsafe-eval (dev only) and API routes a deny-all one", () => {
    const page = contentSecurityPolicy("page", { nonce: "abc=", https: false, dev: false });
    expect(page).toContain("script-src 'self' 'nonce-abc=' 'strict-dynamic';");
    expect(page).toContain("frame-ancestors 'none'");
    expect(page).toContain("object-src 'none'");
    expect(page).not.toContain("unsafe-eval");
    expect(page).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("page", { nonce: "abc=", https: false, dev: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy("page", { nonce: "abc=", https: true, dev: false })).toMatch(/; upgrade-insecure-requests$/);
    expect(() => contentSecurityPolicy("page", { https: false, dev: false })).toThrow();
    expect(contentSecurityPolicy("api", { https: false, dev: false })).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it("trusts X-Forwarded-Proto only with GD_TRUST_PROXY, and only its right-most entry", () => {
    expect(isHttps(proto("https"), false)).toBe(false);
    expect(isHttps(proto(), true)).toBe(false);
    expect(isHttps(proto("https"), true)).toBe(true);
    expect(isHttps(proto("HTTPS"), true)).toBe(true);
    expect(isHttps(proto("http"), true)).toBe(false);
    expect(isHttps(proto("https, http"), true)).toBe(false);
    expect(isHttps(proto("http, https"), true)).toBe(true);
  });

  it("sends HSTS over https only; the other headers always", () => {
    const plain = securityHeaders("api", { https: false, dev: false });
    expect(plain).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("api", { https: true, dev: false })["Strict-Transport-Security"]).toBe(HSTS);
  });
});
