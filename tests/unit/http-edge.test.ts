import { describe, expect, it } from "vitest";
import { isOddApiPath } from "@/lib/http/is-odd-api-path";
import { isHttpsRequest } from "@/lib/http/learner-cookie";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { stripForwardedHeaders } from "@/lib/http/strip-forwarded-headers";

const post = (headers: Record<string, string>) =>
  new Request("http://10.0.0.5:3000/api/courses/join", { method: "POST", headers: { host: "learn.example", ...headers } });

describe("assertSameOrigin and forwarded headers", () => {
  it("without a trusted proxy judges by the Host header alone", () => {
    expect(() => assertSameOrigin(post({ origin: "http://learn.example" }), false)).not.toThrow();
    expect(() => assertSameOrigin(post({ origin: "http://evil.example", "x-forwarded-host": "evil.example" }), false)).toThrow("Cross-site");
    expect(() => assertSameOrigin(post({ origin: "https://learn.example", "x-forwarded-proto": "https" }), false)).toThrow("Cross-site");
  });

  it("behind a trusted proxy (GD_TRUST_PROXY=1) takes X-Forwarded-Host/Proto", () => {
    expect(() => assertSameOrigin(post({ origin: "https://learn.example", "x-forwarded-proto": "https" }), true)).not.toThrow();
    expect(() =>
      assertSameOrigin(post({ origin: "https://public.example", "x-forwarded-host": "public.example", "x-forwarded-proto": "https" }), true),
    ).not.toThrow();
    expect(() => assertSameOrigin(post({ origin: "http://evil.example", "x-forwarded-host": "learn.example" }), true)).toThrow("Cross-site");
  });

  it("sets Secure cookies from X-Forwarded-Proto only behind a trusted proxy", () => {
    const headers = new Headers({ "x-forwarded-proto": "https" });
    expect(isHttpsRequest(headers, undefined, false)).toBe(false);
    expect(isHttpsRequest(headers, undefined, true)).toBe(true);
  });

  it("strips every forwarded header a client sent, and leaves the rest", () => {
    const stripped = stripForwardedHeaders(new Headers({ "x-forwarded-host": "evil", "x-forwarded-for": "1.2.3.4", forwarded: "for=1.2.3.4", cookie: "a=b" }));
    expect(stripped && [...stripped.keys()]).toEqual(["cookie"]);
    expect(stripForwardedHeaders(new Headers({ cookie: "a=b" }))).toBeNull();
  });
});

describe("isOddApiPath", () => {
  it("flags dot segments, encoded or not, trailing slashes and encoded separators under /api/ only", () => {
    for (const path of [
      "/api/",
      "/api/submissions/",
      "/api/submissions/%2e%2e",
      "/api/submissions/.%2E",
      "/api/x/./y",
      "/api/a//b",
      "/api/exercises/..%2fx",
      "/api/x/%5c",
      "/api/x/%zz",
    ]) {
      expect(isOddApiPath(path), path).toBe(true);
    }
    for (const path of ["/api", "/api/submissions/abc", "/api/exercises/softmax/draft", "/catalog/", "/exercises/.."]) {
      expect(isOddApiPath(path), path).toBe(false);
    }
  });
});
