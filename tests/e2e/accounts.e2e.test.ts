import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, readEditorCode, replaceEditorCode, waitForEditor } from "./browser";

// The first account of an installation becomes admin: this file runs first on the run's one
// installation (vitest.e2e.config.ts orders it), so its first sign-up finds no account yet.

const CORRECT =
  "export function softmax(z: number[]): number[] { const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";
const NAIVE =
  'export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error("empty"); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }';
const PASSWORD = "correct horse battery";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newBrowserProfile(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 768 } });
  return { context, page: await context.newPage() };
}

async function fillAuthForm(page: Page, email: string, password: string, button: "Create account" | "Sign in"): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: button }).click();
}

async function submitSoftmax(page: Page, code: string, verdict: string): Promise<void> {
  await page.goto("/exercises/softmax");
  await waitForEditor(page);
  await replaceEditorCode(page, code);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 60_000 }).toBe(verdict);
}

async function softmaxStatus(page: Page): Promise<string | null> {
  await page.goto("/");
  return page
    .getByRole("link", { name: /^Softmax\b/ })
    .locator("[data-status]")
    .getAttribute("data-status");
}

const admin = { email: "admin@example.com" };
const ada = { email: "ada@example.com" };
let adminSession: { context: BrowserContext; page: Page };
let adaSession: { context: BrowserContext; page: Page };

describe("accounts, in the browser", () => {
  it("the first account to sign up is told it becomes admin, and is", async () => {
    adminSession = await newBrowserProfile();
    const { page, context } = adminSession;
    await page.goto("/");
    await page.getByRole("link", { name: "Sign up" }).click();
    await page.waitForURL("**/sign-up");
    expect(await page.locator("[data-first-account]").textContent()).toMatch(/first account becomes the admin/);
    expect(await page.locator("#password-rules").textContent()).toMatch(/10.200 characters/);
    await fillAuthForm(page, " Admin@Example.com ", PASSWORD, "Create account");
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.getByTestId("signed-in-as").textContent()).toBe(admin.email);
    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.waitForURL("**/admin/users");
    expect(await page.locator(`tr[data-email="${admin.email}"] [data-role]`).textContent()).toBe("admin");

    const session = (await context.cookies()).find((cookie) => cookie.name === "gd_session");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(session!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
  });

  it("a learner who solved softmax anonymously still has it solved after signing up", async () => {
    adaSession = await newBrowserProfile();
    const { page, context } = adaSession;
    await submitSoftmax(page, CORRECT, "Accepted");
    expect(await softmaxStatus(page)).toBe("solved");
    expect((await context.cookies()).some((cookie) => cookie.name === "gd_learner")).toBe(true);

    await page.goto("/sign-up");
    expect(await page.locator("[data-first-account]").count()).toBe(0);
    await fillAuthForm(page, ada.email, PASSWORD, "Create account");
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.getByTestId("signed-in-as").textContent()).toBe(ada.email);
    expect(await page.getByRole("link", { name: "Admin", exact: true }).count()).toBe(0);
    expect(await softmaxStatus(page)).toBe("solved");
    expect(await page.locator("main").textContent()).toMatch(/1 of \d+ solved/);
    // The anonymous cookie is gone: its learner belongs to the account now.
    expect((await context.cookies()).some((cookie) => cookie.name === "gd_learner")).toBe(false);

    await page.goto("/history");
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/Softmax.*Accepted/);
  });

  it("the admin promotes that learner to instructor", async () => {
    const { page } = adminSession;
    await page.goto("/admin/users");
    const row = page.locator(`tr[data-email="${ada.email}"]`);
    expect(await row.locator("[data-role]").textContent()).toBe("learner");
    await row.getByLabel(`Role of ${ada.email}`).selectOption("instructor");
    await row.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => row.locator('[role="status"]').textContent()).toMatch(/is now an instructor/);
    await expect.poll(() => row.locator("[data-role]").textContent()).toBe("instructor");

    const me = await adaSession.context.request.get("/api/auth/session");
    expect(((await me.json()) as { user: { role: string } }).user.role).toBe("instructor");
  });

  it("the last admin cannot demote themselves", async () => {
    const { page } = adminSession;
    await page.goto("/admin/users");
    const row = page.locator(`tr[data-email="${admin.email}"]`);
    await row.getByLabel(`Role of ${admin.email}`).selectOption("learner");
    await row.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => row.locator('[role="alert"]').textContent()).toMatch(/last admin/);
    await page.reload();
    expect(await page.locator(`tr[data-email="${admin.email}"] [data-role]`).textContent()).toBe("admin");
  });

  it("signing out leaves a fresh anonymous browser; signing in again merges what it did meanwhile", async () => {
    const { page } = adaSession;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect.poll(() => page.getByRole("link", { name: "Sign in" }).count()).toBe(1);
    expect(await softmaxStatus(page)).toBe("none"); // the account's work is not shown to the next person

    await submitSoftmax(page, NAIVE, "Wrong answer");
    await page.goto("/sign-in?next=/history");
    await fillAuthForm(page, ada.email, "not the password", "Sign in");
    expect(await page.locator('form [role="alert"]').textContent()).toBe("Email or password is incorrect.");
    await fillAuthForm(page, ada.email, PASSWORD, "Sign in");
    await page.waitForURL(`${baseUrl}/history`);
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Softmax.*Wrong answer/);
    expect(await rows.nth(1).textContent()).toMatch(/Softmax.*Accepted/);
    expect(await softmaxStatus(page)).toBe("solved");
  });

  it("history opens a submission and reopens its code in the editor", async () => {
    const { page } = adaSession;
    await page.goto("/history");
    await page.locator("tbody tr").nth(1).getByRole("link").click();
    await page.waitForURL(/\/history\/[^/]+$/);
    expect(await page.getByTestId("verdict-label").textContent()).toBe("Accepted");
    expect(await page.locator("pre code").textContent()).toBe(CORRECT);
    await page.getByRole("link", { name: "Reopen in editor" }).click();
    await page.waitForURL(/\/exercises\/softmax/);
    await waitForEditor(page);
    await expect.poll(() => readEditorCode(page), { timeout: 30_000 }).toContain("Math.max(...z)");
    expect(await page.getByTestId("verdict-label").textContent()).toBe("Accepted");
    await expect.poll(() => new URL(page.url()).search).toBe("");
  });
});

describe("accounts, over HTTP", () => {
  it("answers 401 to requests without a session and redirects pages to sign-in", async () => {
    expect((await fetch(`${baseUrl}/api/admin/users`)).status).toBe(401);
    expect((await fetch(`${baseUrl}/api/auth/session`)).status).toBe(401);
    const patch = await fetch(`${baseUrl}/api/admin/users/anyone`, {
      method: "PATCH",
      body: JSON.stringify({ role: "admin" }),
      headers: { "content-type": "application/json" },
    });
    expect(patch.status).toBe(401);
    const page = await fetch(`${baseUrl}/admin/users`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(page.status);
    expect(page.headers.get("location")).toMatch(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  });

  it("keeps a learner out of admin pages and routes (403), whatever they send", async () => {
    const learner = await newBrowserProfile();
    const signedUp = await learner.context.request.post("/api/auth/sign-up", { data: { email: "learner@example.com", password: PASSWORD } });
    expect(signedUp.status()).toBe(201);
    expect((await learner.context.request.get("/api/admin/users")).status()).toBe(403);
    const ownId = ((await signedUp.json()) as { user: { id: string } }).user.id;
    const selfPromotion = await learner.context.request.patch(`/api/admin/users/${ownId}`, { data: { role: "admin" } });
    expect(selfPromotion.status()).toBe(403);
    await learner.page.goto("/admin/users");
    expect(await learner.page.locator("[data-forbidden]").count()).toBe(1);
    expect(await learner.page.locator("main").textContent()).not.toContain(admin.email);
    const me = await learner.context.request.get("/api/auth/session");
    expect(((await me.json()) as { user: { role: string } }).user.role).toBe("learner");
    await learner.context.close();
  });

  it("lets an instructor reach instructor routes but not admin ones", async () => {
    expect((await adaSession.context.request.get("/api/admin/users")).status()).toBe(403);
    expect((await adminSession.context.request.get("/api/admin/users")).status()).toBe(200);
  });

  it("refuses cross-site sign-in and role changes", async () => {
    const crossSite = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: "POST",
      body: JSON.stringify({ email: admin.email, password: PASSWORD }),
      headers: { "content-type": "application/json", origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    const forged = await adminSession.context.request.patch("/api/admin/users/whoever", {
      data: { role: "admin" },
      headers: { origin: "https://evil.example" },
    });
    expect(forged.status()).toBe(403);
  });

  it("signs out over the API: the session stops working", async () => {
    const { context } = await newBrowserProfile();
    expect((await context.request.post("/api/auth/sign-in", { data: { email: admin.email, password: PASSWORD } })).status()).toBe(200);
    expect((await context.request.get("/api/admin/users")).status()).toBe(200);
    const token = (await context.cookies()).find((cookie) => cookie.name === "gd_session")!.value;
    expect((await context.request.post("/api/auth/sign-out")).status()).toBe(204);
    // Replaying the old cookie: the row is gone, so it is just an unknown token now.
    const replay = await fetch(`${baseUrl}/api/admin/users`, { headers: { cookie: `gd_session=${token}` } });
    expect(replay.status).toBe(401);
    await context.close();
  });
});
