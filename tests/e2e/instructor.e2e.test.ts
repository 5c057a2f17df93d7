import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "../courses/csv";
import { launchBrowser, replaceEditorCode, waitForEditor } from "./browser";
import { createAccount, PASSWORD } from "./create-account";

// The teaching loop in the browser: admin → instructor → course → problem set → learner joins and
// works → gradebook and CSV. The admin is made with `npm run user:create`; the others sign up.

// One line each: see replaceEditorCode.
const NAIVE_SOFTMAX =
  'export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error("empty"); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }';
const SIGMOID_GRADIENT =
  "export function sigmoidGrad(x: number[]): number[] { return x.map((v) => { const e = Math.exp(-Math.abs(v)); return e / ((1 + e) * (1 + e)); }); }";
const SET = ["softmax", "log-sum-exp", "sigmoid-gradient"];
const TITLES = ["Softmax", "Log-sum-exp", "Gradient of the sigmoid"];

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Session = { context: BrowserContext; page: Page };

async function signUp(email: string): Promise<Session> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${baseUrl}/`);
  return { context, page };
}

async function submit(page: Page, slug: string, code: string, verdict: string): Promise<void> {
  await page.goto(`/exercises/${slug}`);
  await waitForEditor(page);
  await replaceEditorCode(page, code);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 60_000 }).toBe(verdict);
}

const statuses = (scope: ReturnType<Page["locator"]>) =>
  scope.locator("[data-status]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-status")));

describe("teaching a course, in the browser", () => {
  let admin: Session, instructor: Session, learner: Session;
  let joinCode = "";
  let problemSetUrl = "";

  it("an admin promotes an instructor", async () => {
    const adminAccount = await createAccount(browser, "admin@school.test", "admin");
    admin = { context: adminAccount.context, page: await adminAccount.context.newPage() };
    instructor = await signUp("noether@school.test");
    await admin.page.goto("/admin/users");
    const row = admin.page.locator('tr[data-email="noether@school.test"]');
    await row.getByLabel("Role of noether@school.test").selectOption("instructor");
    await row.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => row.locator("[data-role]").textContent()).toBe("instructor");
  });

  it("the instructor creates a course and a problem set of three exercises, and publishes it", async () => {
    const { page } = instructor;
    await page.goto("/");
    await page.getByRole("link", { name: "Teach", exact: true }).click();
    await page.waitForURL("**/teach");
    const form = page.getByRole("form", { name: "New course" });
    await form.getByLabel("Title").fill("Math for ML");
    await form.getByLabel("Description").fill("Numerics behind machine learning.");
    await form.getByRole("button", { name: "Create course" }).click();
    await page.waitForURL(/\/teach\/courses\/[^/]+$/);
    joinCode = (await page.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";
    expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await expect.poll(() => page.locator("[data-join-link]").textContent()).toBe(`${baseUrl}/join/${joinCode}`);

    await page.getByRole("link", { name: "New problem set" }).click();
    await page.waitForURL("**/sets/new");
    await page.getByLabel("Title").fill("Week 1: stable exponentials");
    for (const [index, slug] of SET.entries()) {
      await page.getByLabel("Search exercises").fill(TITLES[index]);
      await page.locator(`[data-pick="${slug}"] button`).click();
    }
    const chosen = await page.locator("[data-selected]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-selected")));
    expect(chosen).toEqual(SET);
    // Items count only when robust: every robustness check passed too.
    await page.getByRole("checkbox", { name: /Require robustness/ }).check();
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/teach\/sets\/[^/]+$/);
    problemSetUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.locator("[data-set-status]").getAttribute("data-set-status")).toBe("draft");
    expect(await page.getByRole("checkbox", { name: /Require robustness/ }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect.poll(() => page.locator("[data-set-status]").getAttribute("data-set-status")).toBe("published");
  });

  it("a learner signs up, joins with the code, solves one exercise and fails another", async () => {
    learner = await signUp("ada@school.test");
    const { page } = learner;
    await page.getByRole("link", { name: "Courses", exact: true }).click();
    await page.waitForURL("**/courses");
    await page.getByLabel("Join code").fill(`${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`);
    await page.getByRole("button", { name: "Join" }).click();
    await page.waitForURL(/\/courses\/[^/]+$/);
    const set = page.locator("[data-problem-set]");
    expect(await set.locator("h3").textContent()).toBe("Week 1: stable exponentials");
    expect(await statuses(set)).toEqual(["not_started", "not_started", "not_started"]);
    expect(await set.textContent()).toContain("an exercise counts only when robust");
    const courseUrl = page.url();

    await submit(page, "sigmoid-gradient", SIGMOID_GRADIENT, "Accepted");
    await submit(page, "softmax", NAIVE_SOFTMAX, "Wrong answer");
    expect(await page.getByTestId("mistake-hint").textContent()).toContain("No max shift");

    await page.goto(courseUrl);
    expect(await statuses(page.locator("[data-problem-set]"))).toEqual(["attempted", "not_started", "accepted"]);
    expect(await page.locator("[data-problem-set]").textContent()).toContain("1/3 accepted");
    // The stable sigmoid gradient also passes its robustness check: accepted and robust.
    expect(await page.locator('[data-problem-set] [data-status="accepted"]').getAttribute("data-robust")).toBe("true");
  });

  it("the gradebook shows exactly that, names the misconception, and the CSV has the same numbers", async () => {
    const { page } = instructor;
    await page.goto(`${problemSetUrl}/gradebook`);
    const row = page.locator('tr[data-learner="ada@school.test"]');
    expect(await statuses(row)).toEqual(["attempted", "not_started", "accepted"]);
    expect(await row.locator("[data-solved]").textContent()).toBe("1/3");
    expect(await row.locator("[data-attempts]").textContent()).toBe("2");
    expect(await row.locator('[data-status="accepted"]').getAttribute("data-robust")).toBe("true");
    expect(await page.locator("main").textContent()).toContain("this set requires it to count as solved");
    const softmax = page.locator('[data-exercise-stats="softmax"]');
    expect(await softmax.locator("[data-mistakes]").textContent()).toContain("No max shift: exp overflows");
    expect(await softmax.locator("[data-pass-rate]").textContent()).toBe("0%");
    expect(await softmax.locator("[data-failed-tests] li").count()).toBeGreaterThan(0);
    expect(await page.locator('[data-exercise-stats="sigmoid-gradient"] [data-pass-rate]').textContent()).toBe("100%");
    expect(await page.locator('[data-exercise-stats="log-sum-exp"] [data-pass-rate]').textContent()).toBe("0%");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("gradebook-week-1-stable-exponentials.csv");
    const csv = fs.readFileSync((await download.path()) as string, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual([
      "Name",
      "Email",
      "Student ID",
      ...TITLES.flatMap((title) => [`${title}: score (of 1)`, `${title}: attempts`, `${title}: first accepted (UTC)`, `${title}: late`]),
      "Total (of 3)",
    ]);
    expect(records.slice(1)).toEqual([
      ["", "ada@school.test", "", "0", "1", "", "no", "0", "0", "", "no", "1", "1", expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), "no", "1"],
    ]);

    // Drilling into the learner: both submissions, the failed one with its matched mistake.
    await row.getByRole("link", { name: "ada@school.test" }).click();
    await page.waitForURL(/\/gradebook\/[^/]+$/);
    const softmaxWork = page.locator('[data-exercise="softmax"]');
    expect(await softmaxWork.locator("[data-submission]").count()).toBe(1);
    expect(await softmaxWork.textContent()).toContain("No max shift: exp overflows");
    expect(await softmaxWork.locator("pre").textContent()).toBe(NAIVE_SOFTMAX);
    expect(await page.locator('[data-exercise="sigmoid-gradient"] [data-submission]').textContent()).toContain("Accepted");
  });
});
