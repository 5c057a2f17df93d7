import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, replaceEditorCode, waitForEditor } from "./browser";

/**
 * The security headers (lib/http/security-headers.ts, set by proxy.ts) are on every response,
 * and the Content-Security-Policy breaks nothing: the main pages, Monaco with its workers,
 * KaTeX and the plots work without one violation.
 */
const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SOFTMAX =
  "export function softmax(z: number[]): number[] { const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";

interface Watched {
  context: BrowserContext;
  page: Page;
  /** CSP violations and console errors seen so far, on the page and in its workers. */
  problems(): Promise<string[]>;
}

/**
 * A fresh browser profile whose page reports every CSP violation: `securitypolicyviolation`
 * events (recorded by a script the browser injects before any of ours, so the CSP cannot block
 * it), the browser's "Refused to …" console messages, console errors of the page and of its
 * workers, and uncaught errors.
 */
async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 768 } });
  const logged: string[] = [];
  // Reported to the test at once, so violations of a page already navigated away from count too.
  await context.exposeBinding("__reportCspViolation", (_source, text: string) => {
    logged.push(`securitypolicyviolation: ${text}`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
    document.addEventListener("securitypolicyviolation", (event) => {
      report(`${event.violatedDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const onConsole = (where: string) => (message: { type(): string; text(): string }) => {
    const text = message.text();
    if (message.type() === "error" || /Content Security Policy|Refused to/i.test(text)) logged.push(`${where} console ${message.type()}: ${text}`);
  };
  page.on("console", onConsole("page"));
  page.on("worker", (worker) => worker.on("console", onConsole(`worker ${worker.url()}`)));
  page.on("pageerror", (error) => logged.push(`page error: ${error.message}`));
  return { context, page, problems: async () => [...logged] };
}

function expectSecurityHeaders(headers: Record<string, string>, kind: "page" | "api"): void {
  const csp = headers["content-security-policy"];
  expect(csp).toBeDefined();
  expect(csp).toContain("frame-ancestors 'none'");
  if (kind === "page") {
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
  } else {
    expect(csp).toContain("default-src 'none'");
  }
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served over plain http without a trusted proxy: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

async function visit(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  if (!response) throw new Error(`no response for ${path}`);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response.headers(), "page");
  return response;
}

describe("security headers", () => {
  it("the catalog, the dashboard and sign-in carry them and log no CSP violation", async () => {
    const { context, page, problems } = await watchedPage();
    for (const path of ["/", "/dashboard", "/sign-in"]) {
      await visit(page, path);
      await page.waitForLoadState("networkidle");
    }
    // Client-side navigation (Next's router, RSC fetches) works under the policy.
    await page.goto("/");
    await page.getByRole("link", { name: /^Softmax\b/ }).click();
    await page.waitForURL("**/exercises/softmax");
    await waitForEditor(page);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("an injected inline event handler is refused, and reported: the watch above would see it", async () => {
    const { context, page, problems } = await watchedPage();
    await visit(page, "/sign-in");
    // What an HTML injection would bring; the handler must not run.
    await page.evaluate(() => {
      (window as unknown as { __injected: boolean }).__injected = false;
      document.body.insertAdjacentHTML("beforeend", '<img src="data:,not-an-image" onerror="window.__injected = true">');
    });
    await expect.poll(async () => (await problems()).length).toBe(2);
    const problemsSeen = await problems();
    expect(problemsSeen).toContainEqual(expect.stringMatching(/^securitypolicyviolation: script-src-attr blocked \(?inline/));
    expect(problemsSeen).toContainEqual(expect.stringMatching(/^page console error: .*violates the following Content Security Policy directive/));
    expect(await page.evaluate(() => (window as unknown as { __injected: boolean }).__injected)).toBe(false);
    await context.close();
  });

  it("every page gets its own nonce, and Next's scripts carry it", async () => {
    const first = await fetch(`${baseUrl}/`);
    const second = await fetch(`${baseUrl}/`);
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeDefined();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it("softmax: Monaco with its TypeScript worker, KaTeX and a Run work with no CSP violation", async () => {
    const { context, page, problems } = await watchedPage();
    await visit(page, "/exercises/softmax");
    await waitForEditor(page);
    expect(await page.getByTestId("statement").locator(".katex").count()).toBeGreaterThan(0);
    // Squiggles come from the TypeScript worker: proof that the workers load under worker-src.
    await replaceEditorCode(page, 'const wrong: number = "text"; ' + SOFTMAX);
    await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "attached", timeout: 60_000 });
    await replaceEditorCode(page, SOFTMAX);
    await page.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => page.getByTestId("results").textContent(), { timeout: 60_000 }).toMatch(/(\d+)\/\1 examples passed/);
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("project-linear-regression: a Run draws its plots with no CSP violation", async () => {
    const { context, page, problems } = await watchedPage();
    await visit(page, "/exercises/project-linear-regression");
    await waitForEditor(page);
    await page.getByRole("button", { name: "Run" }).click();
    await page.locator("[data-plot] svg.recharts-surface").first().waitFor({ state: "visible", timeout: 60_000 });
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("API responses, errors included, carry them with a policy that allows nothing", async () => {
    const { context } = await watchedPage();
    const session = await context.request.get("/api/auth/session");
    expect(session.status()).toBe(401);
    expectSecurityHeaders(session.headers(), "api");
    const signIn = await context.request.post("/api/auth/sign-in", { data: { email: "nobody@example.com", password: "wrong password 123" } });
    expect(signIn.status()).toBeGreaterThanOrEqual(400);
    expectSecurityHeaders(signIn.headers(), "api");
    await context.close();
  });

  it("static assets carry nosniff and deny framing", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${baseUrl}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only when a trusted proxy says the browser used https", async () => {
    // The test server runs without GD_TRUST_PROXY: a client's own X-Forwarded-Proto earns nothing.
    const response = await fetch(`${baseUrl}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });
});
