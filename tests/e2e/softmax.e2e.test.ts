import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, readEditorCode, replaceEditorCode, waitForEditor } from "./browser";

// One line each: see replaceEditorCode.
/** Stable, no input checks: accepted, with robustness checks to learn from. */
const CORRECT =
  "export function softmax(z: number[]): number[] { const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";
/** Also rejects NaN, +Infinity and an all-masked vector: accepted and robust. */
const ROBUST =
  'export function softmax(z: number[]): number[] { if (z.some((v) => Number.isNaN(v) || v === Infinity)) throw new Error("bad logit"); if (z.length === 0) return []; const m = Math.max(...z); if (m === -Infinity) throw new Error("all masked"); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }';
/** Two flaws: no max shift (a known mistake) and a throw for [] (not an error). */
const NAIVE =
  'export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error("empty"); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }';

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile: a new anonymous learner. */
async function newLearner(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 768 } });
  return { context, page: await context.newPage() };
}

async function submit(page: Page, expectedVerdict: string): Promise<void> {
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 60_000 }).toBe(expectedVerdict);
}

describe("softmax, as a learner", () => {
  it("Run checks the examples only and says the hidden tests did not run", async () => {
    const { context, page } = await newLearner();
    await page.goto("/exercises/softmax");
    await waitForEditor(page);
    // The counts come from a grading process; a cold one may miss the page's deadline, and the
    // page then says "the hidden tests" until a reload finds the counts cached.
    await expect
      .poll(
        async () => {
          const hint = await page.getByTestId("toolbar-hint").textContent();
          if (hint?.includes("the hidden tests")) await page.reload();
          return hint;
        },
        { timeout: 30_000 },
      )
      .toMatch(/Run checks the \d+ examples · Submit also runs \d+ hidden tests and \d+ robustness checks/);
    await waitForEditor(page);
    await replaceEditorCode(page, CORRECT);
    await page.getByRole("button", { name: "Run" }).click();
    const results = page.getByTestId("results");
    await expect.poll(() => results.textContent(), { timeout: 60_000 }).toMatch(/(\d+)\/\1 examples passed/);
    expect(await results.getByRole("region", { name: "Robustness checks" }).count()).toBe(0);
    expect(await results.textContent()).toMatch(/hidden tests? not run yet/);
    // "Accepted" belongs to Submit: a Run that passes the examples says so.
    expect(await page.getByTestId("verdict-label").textContent()).toBe("Examples passed");
    await context.close();
  });

  it("submits, gets diagnosed, keeps the work across a reload and shows progress in the catalog", async () => {
    const { context, page } = await newLearner();
    await page.goto("/");
    await page.getByRole("link", { name: /^Softmax\b/ }).click();
    await page.waitForURL("**/exercises/softmax");
    await waitForEditor(page);

    const results = page.getByTestId("results");
    await replaceEditorCode(page, CORRECT);
    await submit(page, "Accepted");
    // Stable math without extra checks is accepted; the robustness checks it fails are shown whole.
    const robustness = results.getByRole("region", { name: "Robustness checks" });
    expect(await robustness.getByRole("heading").textContent()).toMatch(/^Robustness (\d+)\/(\d+)optional$/);
    expect(await results.getByTestId("verdict").textContent()).toMatch(/robustness \d+\/\d+/);
    const nanCheck = robustness.getByTestId("test-row").filter({ hasText: "a NaN logit must throw" });
    expect(await nanCheck.textContent()).toMatch(/Inputz = \[1, NaN, 2\]Expectedan Error is thrown/);

    await replaceEditorCode(page, ROBUST);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    // The verdict stays "Accepted": wait for the new result's robustness instead.
    await expect.poll(() => robustness.getByRole("heading").textContent(), { timeout: 60_000 }).toContain("✓ Robust");

    await replaceEditorCode(page, NAIVE);
    await submit(page, "Wrong answer");
    expect(await results.getByTestId("failing-case").textContent()).toMatch(/First failing hidden test/);
    expect(await results.getByTestId("failing-case").textContent()).toMatch(/Expected.*Actual/s);
    // The required tier's diagnosis sits under the verdict; the robustness report may name its own.
    expect(await page.getByTestId("mistake-hint").textContent()).toContain("No max shift");

    await page.reload();
    await waitForEditor(page);
    await expect.poll(() => readEditorCode(page)).toContain("Math.exp(v))");
    expect(await readEditorCode(page)).not.toContain("Math.max");
    expect(await page.getByTestId("exercise-meta").locator("[data-status]").textContent()).toContain("Solved · robust");

    await page.getByRole("tab", { name: /History/ }).click();
    const rows = page.getByTestId("history-row");
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain("Wrong answer");
    expect(await rows.nth(1).textContent()).toMatch(/Accepted.*R (\d+)\/\1/);
    expect(await rows.nth(2).textContent()).toMatch(/Accepted.*R \d+\/\d+/);
    // Picking the first accepted submission brings back its code and its results, robustness included.
    await rows.nth(2).click();
    await expect.poll(() => readEditorCode(page)).toContain("Math.max(...z)");
    expect(await page.getByTestId("verdict-label").textContent()).toBe("Accepted");
    expect(await robustness.getByRole("heading").textContent()).toMatch(/^Robustness \d+\/\d+/);

    await page.getByRole("link", { name: "Catalog", exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    const softmaxRow = page.getByRole("link", { name: /^Softmax\b/ });
    expect(await softmaxRow.locator("[data-status]").getAttribute("data-status")).toBe("solved");
    expect(await softmaxRow.locator("[data-status]").getAttribute("data-robust")).toBe("true");
    expect(await page.locator("main").textContent()).toMatch(/1 of \d+ solved/);
    await context.close();
  });

  it("never shows one learner's submission to another", async () => {
    const owner = await newLearner();
    const submitted = await owner.context.request.post("/api/exercises/softmax/submissions", { data: { code: NAIVE } });
    expect(submitted.status()).toBe(201);
    const { submissionId } = (await submitted.json()) as { submissionId: string };
    expect((await owner.context.request.get(`/api/submissions/${submissionId}`)).status()).toBe(200);

    const stranger = await newLearner();
    expect((await stranger.context.request.get(`/api/submissions/${submissionId}`)).status()).toBe(404);
    await owner.context.close();
    await stranger.context.close();
  });
});
