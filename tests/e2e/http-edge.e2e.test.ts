import http from "node:http";
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_JOIN_FAILURES_PER_ACCOUNT, MAX_JOIN_FAILURES_PER_ADDRESS } from "@/lib/courses/reserve-join-attempt";
import { launchBrowser } from "./browser";

// The HTTP edge against `next start` without GD_TRUST_PROXY (issue 11, item 5): forwarded headers
// a client invents count for nothing, cross-origin server actions get a 403, odd ids under
// /api/ get the API's JSON 404, join codes are rate limited (and the form says for how long).
// Runs last (vitest.e2e.config.ts): the join-code limit per address must start from zero, and
// this file spends it for 15 minutes. No other file sends a wrong join code.

const PASSWORD = "correct horse battery";
const EVIL = "http://evil.example";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newProfile(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl });
  return { context, page: await context.newPage() };
}

let accounts = 0;
async function signUp(request: APIRequestContext): Promise<void> {
  accounts += 1;
  const response = await request.post("/api/auth/sign-up", { data: { email: `edge${accounts}@school.test`, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(201);
}

/** A request sent byte for byte (fetch and browsers resolve `..` and `%2e%2e` before sending). */
function rawGet(path: string): Promise<{ status: number; contentType: string; body: string; nosniff: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers["content-type"] ?? ""),
          body,
          nosniff: String(response.headers["x-content-type-options"] ?? ""),
        }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

describe("forwarded headers without GD_TRUST_PROXY", () => {
  it("do not make a foreign origin our own for the API's origin check", async () => {
    const { context } = await newProfile();
    const spoofedHost = await context.request.post("/api/auth/sign-in", {
      headers: { origin: EVIL, "x-forwarded-host": "evil.example" },
      data: { email: "nobody@school.test", password: PASSWORD },
    });
    expect(spoofedHost.status()).toBe(403);
    expect(await spoofedHost.json()).toEqual({ error: { code: "forbidden", message: "Cross-site requests are not allowed." } });
    const spoofedProto = await context.request.post("/api/auth/sign-in", {
      headers: { origin: baseUrl.replace("http:", "https:"), "x-forwarded-proto": "https" },
      data: { email: "nobody@school.test", password: PASSWORD },
    });
    expect(spoofedProto.status()).toBe(403);
    // Our own origin still passes (and is told the password is wrong).
    const own = await context.request.post("/api/auth/sign-in", { headers: { origin: baseUrl }, data: { email: "nobody@school.test", password: PASSWORD } });
    expect(own.status()).toBe(401);
    await context.close();
  });

  it("do not mark the session cookie Secure over plain http", async () => {
    const { context } = await newProfile();
    const response = await context.request.post("/api/auth/sign-up", {
      headers: { "x-forwarded-proto": "https" },
      data: { email: "secure-claim@school.test", password: PASSWORD },
    });
    expect(response.status()).toBe(201);
    const cookie = (await context.cookies()).find((candidate) => candidate.name === "gd_session");
    expect(cookie?.secure).toBe(false);
    await context.close();
  });
});

describe("a cross-origin server action", () => {
  it("answers 403 with a JSON body, X-Forwarded-Host or not, and never runs", async () => {
    const { context, page } = await newProfile();
    await page.goto("/sign-in");
    // Capture a real server action call (the sign-in form's), then replay it from elsewhere.
    const actionRequest = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
    await page.getByLabel("Email").fill("nobody@school.test");
    await page.getByLabel("Password").fill("wrong password!!");
    await page.getByRole("button", { name: "Sign in" }).click();
    const captured = await actionRequest;
    const headers = await captured.allHeaders();
    const replay = (extra: Record<string, string>) =>
      context.request.post(captured.url(), {
        headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", ...extra },
        data: captured.postDataBuffer() ?? "",
      });

    const foreign: Record<string, string>[] = [{ origin: EVIL }, { origin: EVIL, "x-forwarded-host": "evil.example" }, { origin: "null" }];
    for (const extra of foreign) {
      const response = await replay(extra);
      expect(response.status(), JSON.stringify(extra)).toBe(403);
      expect(await response.json()).toEqual({ error: { code: "forbidden", message: "Cross-site requests are not allowed." } });
    }
    // The same call from our own origin reaches the action (which answers the form's state).
    const own = await replay({ origin: baseUrl });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("Email or password is incorrect.");
    await context.close();
  });
});

describe("odd ids under /api/", () => {
  it("answer the API's JSON 404, never Next's HTML page", async () => {
    const paths = [
      "/api/submissions/..",
      "/api/submissions/%2e%2e",
      "/api/submissions/%2E%2E",
      "/api/submissions/.%2e",
      "/api/submissions/%2e%2e/",
      "/api/submissions/.",
      "/api/exercises/../x",
      "/api/exercises/%2e%2e/x",
      "/api/exercises/%2e%2e%2fx/draft",
      "/api/exercises/..%5csoftmax/draft",
      "/api/exercises/./draft",
      "/api/exercises/softmax",
      "/api/no-such-thing",
      "/api/",
      "/api",
    ];
    for (const path of paths) {
      const response = await rawGet(path);
      expect(response.status, path).toBe(404);
      expect(response.contentType, path).toContain("application/json");
      expect(JSON.parse(response.body), path).toMatchObject({ error: { code: "not_found" } });
      // The edge's early answers carry the security headers too.
      expect(response.nosniff, path).toBe("nosniff");
    }
    // A well-formed but unknown id is the route's own 404, in the same shape.
    expect(JSON.parse((await rawGet("/api/submissions/nosuchid")).body)).toMatchObject({ error: { code: "not_found" } });
  });

  it("leave pages alone: a trailing slash is still redirected", async () => {
    const { context } = await newProfile();
    const response = await context.request.get("/catalog/", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe("/catalog");
    await context.close();
  });
});

describe("join codes", () => {
  it(`allow ${MAX_JOIN_FAILURES_PER_ACCOUNT} wrong codes per account, then 429 with Retry-After, shown with the wait in the join form`, async () => {
    const { context, page } = await newProfile();
    await signUp(context.request);
    await page.goto("/courses");
    const form = page.getByRole("form", { name: "Join a course" });
    for (let index = 0; index < MAX_JOIN_FAILURES_PER_ACCOUNT; index++) {
      await form.getByLabel("Join code").fill(`ZZZZ-ZZ${"23456789"[index % 8]}${"23456789"[Math.floor(index / 8)]}`);
      await form.getByRole("button", { name: "Join" }).click();
      await expect.poll(() => form.getByRole("alert").textContent()).toBe("No course has this code. Check it with your instructor.");
      await form.getByLabel("Join code").fill("");
    }
    await form.getByLabel("Join code").fill("ZZZZ-ZZZZ");
    await form.getByRole("button", { name: "Join" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toBe("Too many wrong join codes. Please try again in 15 minutes.");

    // Over HTTP: 429, Retry-After in seconds, a fresh X-Forwarded-For buys nothing.
    const response = await context.request.post("/api/courses/join", { headers: { "x-forwarded-for": "203.0.113.99" }, data: { code: "ZZZZ-ZZZZ" } });
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
    expect(Number(response.headers()["retry-after"])).toBeLessThanOrEqual(900);
    expect(await response.json()).toMatchObject({ error: { code: "rate_limited" } });
    await context.close();
  });

  it(`allow ${MAX_JOIN_FAILURES_PER_ADDRESS} wrong codes per address across accounts, whatever X-Forwarded-For claims`, async () => {
    // The previous test spent MAX_JOIN_FAILURES_PER_ACCOUNT of this address's allowance.
    let spent = MAX_JOIN_FAILURES_PER_ACCOUNT;
    let spoof = 0;
    while (spent < MAX_JOIN_FAILURES_PER_ADDRESS) {
      const { context } = await newProfile();
      await signUp(context.request);
      for (let index = 0; index < MAX_JOIN_FAILURES_PER_ACCOUNT && spent < MAX_JOIN_FAILURES_PER_ADDRESS; index++, spent++) {
        const response = await context.request.post("/api/courses/join", {
          headers: { "x-forwarded-for": `198.51.100.${++spoof}` },
          data: { code: "ZZZZ-ZZZZ" },
        });
        expect(response.status()).toBe(404);
      }
      await context.close();
    }
    const { context } = await newProfile();
    await signUp(context.request);
    const response = await context.request.post("/api/courses/join", { headers: { "x-forwarded-for": "198.51.100.250" }, data: { code: "ZZZZ-ZZZZ" } });
    expect(response.status()).toBe(429);
    expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
    await context.close();
  });
});
