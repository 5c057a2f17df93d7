import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, replaceEditorCode, waitForEditor } from "./browser";
import { PASSWORD, createAccount } from "./create-account";

// A class as learners and the instructor meet it in the browser (issue 12, items 1, 8, 9, 10):
// the exercise page inside a set, the submit countdown, the safety prompts, joining from a
// link, phone-sized pages, the keyboard, and axe-core's WCAG 2 A/AA check. Accounts are made
// with `npm run user:create` (createAccount); one sign-up goes through a join link.

const SOFTMAX =
  "export function softmax(z: number[]): number[] { if (z.length === 0) return []; const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";
const SET = ["softmax", "log-sum-exp", "sigmoid-gradient"];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const baseUrl = inject("baseUrl");
let browser: Browser;
let courseId = "";
let problemSetId = "";
let joinCode = "";

type Account = { context: BrowserContext; page: Page };

/** An account made by `npm run user:create`, signed in, with a desktop-sized page. */
async function account(email: string, role: "learner" | "instructor" = "learner"): Promise<Account> {
  const { context } = await createAccount(browser, email, role);
  const page = await context.newPage();
  await page.setViewportSize(DESKTOP);
  return { context, page };
}

/** Another browser context for the same account (a phone, or one that ignores the CSP for axe). */
async function signIn(email: string, options: { viewport?: typeof DESKTOP; bypassCSP?: boolean } = {}): Promise<Account> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: options.viewport ?? DESKTOP, bypassCSP: options.bypassCSP ?? false });
  const response = await context.request.post("/api/auth/sign-in", { data: { email, password: PASSWORD } });
  expect(response.status()).toBe(200);
  return { context, page: await context.newPage() };
}

async function api<T>(account: Account, method: "POST" | "PUT" | "PATCH" | "GET", path: string, data?: unknown): Promise<T> {
  const response = await account.context.request.fetch(path, { method, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

const setUrl = (slug: string) => `/courses/${courseId}/sets/${problemSetId}/exercises/${slug}`;
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

let prof: Account, ada: Account;

beforeAll(async () => {
  browser = await launchBrowser();
  prof = await account("prof.ux@school.test", "instructor");
  ada = await account("ada.ux@student.test");
  const { course } = await api<{ course: { id: string; joinCode: string } }>(prof, "POST", "/api/teach/courses", { title: "Math for ML" });
  courseId = course.id;
  joinCode = course.joinCode;
  const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const { problemSet } = await api<{ problemSet: { id: string } }>(prof, "POST", `/api/teach/courses/${courseId}/problem-sets`, {
    title: "Week 1",
    exerciseSlugs: SET,
    dueAt,
    revealFailingCase: "after_due",
    submitIntervalSeconds: 20,
  });
  problemSetId = problemSet.id;
  await api(prof, "POST", `/api/teach/problem-sets/${problemSetId}/status`, { status: "published" });
  await api(ada, "POST", "/api/courses/join", { code: joinCode });
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe("an exercise opened from its set", () => {
  it("has its own URL with the breadcrumb, due date, rules beside Submit, and previous/next", async () => {
    const { page } = ada;
    await page.goto(`/courses/${courseId}`);
    await page.getByRole("link", { name: "Softmax", exact: true }).click();
    await page.waitForURL(`**${setUrl("softmax")}`);
    const context = page.getByTestId("set-context");
    const crumbs = context.getByRole("navigation", { name: "Breadcrumb" });
    expect(await crumbs.getByRole("link").allTextContents()).toEqual(["Your courses", "Math for ML", "Week 1"]);
    expect(await context.textContent()).toMatch(/Exercise 1 of 3/);
    expect(await context.textContent()).toMatch(/Counts for Math for ML\. Due .*due in 3 days/);
    expect(await context.getByRole("link", { name: /Log-sum-exp →/ }).getAttribute("href")).toBe(setUrl("log-sum-exp"));
    expect(await context.locator('a[rel="prev"]').count()).toBe(0);
    expect(await page.getByTestId("set-rules").textContent()).toContain("one submit per exercise every 20 s");
    expect(await page.getByTestId("set-rules").textContent()).toContain("shown after the due date");
  });

  it("a Run that passes the examples says so, not Accepted", async () => {
    const { page } = ada;
    await waitForEditor(page);
    await replaceEditorCode(page, SOFTMAX);
    await page.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 60_000 }).toBe("Examples passed");
  });

  it("after Accepted the next exercise is one click, and Submit waits out the interval with a ticking countdown", async () => {
    const { page } = ada;
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 60_000 }).toBe("Accepted");
    const submit = page.getByRole("button", { name: "Submit", exact: true });
    expect(await submit.isDisabled()).toBe(true);
    const wait = page.getByTestId("submit-wait");
    const first = await wait.textContent();
    expect(first).toMatch(/Next submit in \d+ s/);
    // It ticks: the number goes down while the page sits there.
    await expect.poll(() => wait.textContent(), { timeout: 10_000 }).not.toBe(first);
    const next = page.getByTestId("next-exercise");
    expect(await next.textContent()).toContain("Next: Log-sum-exp");
    await next.click();
    await page.waitForURL(`**${setUrl("log-sum-exp")}`);
    expect(await page.getByTestId("set-context").textContent()).toMatch(/Exercise 2 of 3/);
    expect(await page.getByTestId("set-context").locator('a[rel="prev"]').textContent()).toContain("Softmax");
  });

  it("reopening shows the last verdict, and the interval still holds Submit", async () => {
    const { page } = ada;
    await page.goto(setUrl("softmax"));
    await waitForEditor(page);
    await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 30_000 }).toBe("Accepted");
    expect(await page.getByTestId("verdict-context").textContent()).toContain("Your last submission");
  });

  it("the public URL says the exercise counts for the course, or that it is practice", async () => {
    const { page } = ada;
    await page.goto("/exercises/softmax");
    const note = page.getByTestId("practice-note");
    expect(await note.textContent()).toContain("Counts for Math for ML");
    expect(await note.getByRole("link").getAttribute("href")).toBe(setUrl("softmax"));
    await page.goto("/exercises/log-softmax");
    expect(await page.getByTestId("practice-note").textContent()).toContain("Practice.");
  });

  it("is not found outside the learner's sets: another account, or an exercise the set does not hold", async () => {
    const stranger = await account("stranger.ux@student.test");
    expect((await stranger.page.goto(setUrl("softmax")))?.status()).toBe(404);
    expect((await ada.page.goto(setUrl("log-softmax")))?.status()).toBe(404);
    await stranger.context.close();
  });
});

describe("safety and clarity", () => {
  it("Unpublish asks first; cancelling keeps the set published", async () => {
    const { page } = prof;
    await page.goto(`/teach/sets/${problemSetId}`);
    let prompt = "";
    page.once("dialog", (dialog) => {
      prompt = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Unpublish" }).click();
    await expect.poll(() => prompt).toContain("Unpublish “Week 1”?");
    const { problemSet } = await api<{ problemSet: { status: string } }>(prof, "GET", `/api/teach/problem-sets/${problemSetId}`);
    expect(problemSet.status).toBe("published");
  });

  it("moving the due date before accepted work warns with a count, and declining saves nothing", async () => {
    const { page } = prof;
    await page.goto(`/teach/sets/${problemSetId}`);
    const before = await api<{ problemSet: { dueAt: string } }>(prof, "GET", `/api/teach/problem-sets/${problemSetId}`);
    await page.getByLabel(/^Due/).fill("2020-01-01T09:00");
    let prompt = "";
    page.once("dialog", (dialog) => {
      prompt = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => prompt).toBe("With this due date, 1 accepted exercise of 1 learner will be marked late (they were on time). Save anyway?");
    await expect.poll(() => page.getByRole("form", { name: "Problem set" }).textContent()).toContain("Not saved: the due date is unchanged.");
    const after = await api<{ problemSet: { dueAt: string } }>(prof, "GET", `/api/teach/problem-sets/${problemSetId}`);
    expect(after.problemSet.dueAt).toBe(before.problemSet.dueAt);
  });

  it("a learner on /teach is told how to become an instructor", async () => {
    await ada.page.goto("/teach");
    expect(await ada.page.getByTestId("not-an-instructor").textContent()).toContain("Ask an admin of this site to make you an instructor");
  });

  it("signing up from a join link names the course and completes the join", async () => {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`/join/${joinCode}`);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL(/\/sign-up\?next=/);
    expect(await page.getByTestId("join-notice").textContent()).toBe("You join Math for ML right after creating your account.");
    await page.getByLabel("Email").fill("grace.ux@student.test");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`**/courses/${courseId}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Math for ML");
    expect(await page.getByRole("heading", { name: "Week 1" }).count()).toBe(1);
    await context.close();
  });
});

describe("phone and keyboard", () => {
  it("the exercise page at 390 px: statement and code tabs put the editor one tap away", async () => {
    const phone = await signIn("ada.ux@student.test", { viewport: PHONE });
    const { page } = phone;
    await page.goto(setUrl("log-sum-exp"));
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await page.getByRole("heading", { level: 1, name: "Log-sum-exp" }).isVisible()).toBe(true);
    expect(await page.getByRole("region", { name: "Your solution" }).isVisible()).toBe(false);
    await page.getByRole("tab", { name: "Code" }).click();
    await waitForEditor(page);
    const editorBox = await page.locator(".monaco-editor").first().boundingBox();
    expect(editorBox && editorBox.y < PHONE.height).toBe(true);
    expect(await page.getByRole("button", { name: "Submit", exact: true }).isVisible()).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    // The header's links sit behind a labelled Menu button, Sign out included.
    const signOut = page.getByRole("button", { name: "Sign out" });
    expect(await signOut.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Menu" }).click();
    expect(await signOut.isVisible()).toBe(true);
    await phone.context.close();
  });

  it("the set editor at 390 px fits the screen", async () => {
    const phone = await signIn("prof.ux@school.test", { viewport: PHONE });
    await phone.page.goto(`/teach/sets/${problemSetId}`);
    await phone.page.getByLabel("Title", { exact: true }).waitFor();
    expect(await noHorizontalScroll(phone.page)).toBe(true);
    await phone.context.close();
  });

  it("the gradebook at 390 px keeps the learner's name in view when the matrix scrolls sideways", async () => {
    const phone = await signIn("prof.ux@school.test", { viewport: PHONE });
    const { page } = phone;
    await page.goto(`/teach/sets/${problemSetId}/gradebook`);
    const matrix = page.getByRole("table", { name: "Gradebook" });
    await matrix.waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    const name = matrix.getByRole("row").filter({ hasText: "ada.ux@student.test" }).getByRole("cell").first();
    await matrix.evaluate((table) => {
      const scroller = table.parentElement as HTMLElement;
      scroller.scrollLeft = scroller.scrollWidth;
    });
    const box = await name.boundingBox();
    expect(box && box.x >= 0 && box.x < 40).toBe(true);
    await phone.context.close();
  });

  it("a skip link comes first, and Ctrl+M lets Tab leave the editor (the page says so)", async () => {
    const { page } = ada;
    await page.goto(setUrl("sigmoid-gradient"));
    await waitForEditor(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
    expect(await page.locator("#editor-keys").textContent()).toContain("Ctrl+M");
    await page.locator(".monaco-editor .view-lines").first().click();
    const inEditor = () => page.evaluate(() => Boolean(document.activeElement?.closest(".monaco-editor")));
    expect(await inEditor()).toBe(true);
    // What a screen reader announces on entering the editor.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toContain("Ctrl+M");
    await page.keyboard.press("Tab");
    expect(await inEditor()).toBe(true); // Tab indents
    await page.keyboard.press("Control+M");
    await page.keyboard.press("Tab");
    expect(await inEditor()).toBe(false);
  });
});

describe("axe-core: no serious or critical WCAG 2 A/AA violation", () => {
  const AXE_SOURCE = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

  /** Serious and critical violations of the page as it is now, "rule: target" each. */
  async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE_SOURCE });
    const found = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return result.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
    });
    return found;
  }

  /**
   * axe on an exercise page: on a phone the statement tab first, then the code tab (axe skips
   * the hidden pane).
   */
  async function exerciseViolations(page: Page, size: string): Promise<string[]> {
    const found: string[] = [];
    if (size === "phone") {
      await page.getByRole("heading", { level: 1 }).waitFor();
      found.push(...(await violations(page)));
      await page.getByRole("tab", { name: "Code" }).click();
    }
    await waitForEditor(page);
    found.push(...(await violations(page)));
    return found;
  }

  for (const [size, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`signed out at ${size} size: catalog, sign-in, sign-up, exercise`, async () => {
      const context = await browser.newContext({ baseURL: baseUrl, viewport, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ["/", "/sign-in", "/sign-up", "/exercises/softmax"]) {
        await page.goto(path);
        const found = path.startsWith("/exercises/") ? await exerciseViolations(page, size) : await violations(page);
        expect(found, `${path} at ${size}`).toEqual([]);
      }
      await context.close();
    });

    it(`signed in at ${size} size: dashboard, history and a submission, the exercise in its set, a project's plots`, async () => {
      const { context, page } = await signIn("ada.ux@student.test", { viewport, bypassCSP: true });
      await page.goto("/history");
      const submission = await page.locator("tbody tr a").first().getAttribute("href");
      for (const path of ["/dashboard", "/history", submission as string, setUrl("softmax"), "/?q=soft"]) {
        await page.goto(path);
        const found = path.includes("/exercises/") ? await exerciseViolations(page, size) : await violations(page);
        expect(found, `${path} at ${size}`).toEqual([]);
      }
      // A project's plots, drawn after a Run.
      await page.goto("/exercises/project-linear-regression");
      if (size === "phone") await page.getByRole("tab", { name: "Code" }).click();
      await waitForEditor(page);
      await page.getByRole("button", { name: "Run" }).click();
      await page.locator(".result-plot svg.recharts-surface").first().waitFor({ state: "visible", timeout: 60_000 });
      expect(await violations(page), `project plots at ${size}`).toEqual([]);
      await context.close();
    });
  }
});
