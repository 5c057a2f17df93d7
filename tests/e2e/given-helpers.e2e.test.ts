import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, replaceEditorCode, waitForEditor } from "./browser";

// One line each: see replaceEditorCode. Welch's test, calling the given studentTCdf (not declared here).
const WELCH =
  "export function welchTTest(a: number[], b: number[]) { const m = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length; const v = (x: number[]) => { const mu = m(x); return x.reduce((s, y) => s + (y - mu) ** 2, 0) / (x.length - 1); }; if (a.length < 2 || b.length < 2) throw new Error('need two values'); const sa = v(a) / a.length, sb = v(b) / b.length; if (sa + sb === 0) throw new Error('no variance'); const t = (m(a) - m(b)) / Math.sqrt(sa + sb); const df = (sa + sb) ** 2 / (sa ** 2 / (a.length - 1) + sb ** 2 / (b.length - 1)); return { t, df, p: 2 * studentTCdf(-Math.abs(t), df) }; }";
/**
 * WELCH with one deliberate type error: exactly one squiggle proves the worker checked this text
 * and found studentTCdf declared (types never block grading, so it still runs).
 */
const WELCH_WITH_PROBE = WELCH.replace("{ const m =", "{ const probe: string = 1; const m =");
/** A given helper's result used as a string, and a helper nobody gives: two type errors. */
const MISTYPED =
  "export function welchTTest(a: number[], b: number[]): { t: number; df: number; p: number } { const p: string = studentTCdf(-1, 3); return { t: 1, df: 3, p: notGiven(1) }; }";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until Monaco shows `expected` squiggles (its TypeScript worker checks in the background). */
async function expectTypeErrors(page: import("playwright-core").Page, expected: number): Promise<void> {
  await expect.poll(() => page.locator(".monaco-editor .squiggly-error").count(), { timeout: 30_000 }).toBe(expected);
}

describe("given helpers on the exercise page", () => {
  it("are shown read-only in the Given tab, type-check in the editor and are there when the code runs", async () => {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto("/exercises/welch-t-test");
    await waitForEditor(page);
    expect(await page.locator(".monaco-editor .view-lines").first().innerText()).not.toContain("function studentTCdf");

    await page.getByRole("tab", { name: "Given" }).click();
    const given = page.getByLabel("Given helpers: statistics/given.ts");
    expect(await given.textContent()).toContain("function studentTCdf(t: number, df: number): number");
    expect(await given.evaluate((element) => element.closest("[contenteditable], textarea, input"))).toBeNull();

    await replaceEditorCode(page, MISTYPED);
    await expectTypeErrors(page, 2);
    await replaceEditorCode(page, WELCH_WITH_PROBE);
    await expectTypeErrors(page, 1);

    await page.getByRole("button", { name: "Run" }).click();
    await page.getByRole("tab", { name: "Results" }).click();
    await expect.poll(() => page.getByTestId("results").textContent(), { timeout: 60_000 }).toMatch(/(\d+)\/\1 examples passed/);
    expect(await page.getByTestId("verdict-label").textContent()).toBe("Examples passed"); // Accepted belongs to Submit
    await context.close();
  });

  it("are not offered on an exercise without givens", async () => {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto("/exercises/softmax");
    await waitForEditor(page);
    expect(await page.getByRole("tab", { name: "Given" }).count()).toBe(0);
    await context.close();
  });
});
