import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../courses/csv";
import { launchBrowser, replaceEditorCode, waitForEditor } from "./browser";
import { startE2eServer } from "./global-setup";

// A week of a class, end to end: a set with points, partial credit and a late penalty; an
// extension; late work penalised; an exercise changed on disk (server restarted, as a deploy
// would), a regrade listing the changed verdicts; an override; a comment the learner reads; and
// the set and course CSVs matching the pages.
// Unlike the other files, it runs its OWN server (startE2eServer from global-setup) on its own
// database and a copy of the exercises: changing an exercise on disk and restarting is the point
// of the regrade step, and neither may touch the shared server or the repository's exercises/.

const PASSWORD = "correct horse battery";
const ROOT = path.resolve(import.meta.dirname, "..", "..");
// Right except for magnitudes above 1e299: fails exactly one required test ("huge magnitudes").
const ALMOST_RELU = "export function relu(x: number[]): number[] { return x.map((v) => (v > 0 && v < 1e299 ? v : 0)); }";
const SIGMOID =
  "export function sigmoid(x: number[]): number[] { return x.map((v) => { if (v >= 0) return 1 / (1 + Math.exp(-v)); const e = Math.exp(v); return e / (1 + e); }); }";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "gd-e2e-week-"));
const exercisesCopy = path.join(work, "exercises");
let baseUrl = "";
let stopServer: () => Promise<void>;
let browser: Browser;

async function start(): Promise<void> {
  const server = await startE2eServer({ dataDir: work, exercisesDir: exercisesCopy });
  baseUrl = server.baseUrl;
  stopServer = server.stop;
}

beforeAll(async () => {
  fs.cpSync(path.join(ROOT, "exercises"), exercisesCopy, { recursive: true });
  await start();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stopServer?.();
  fs.rmSync(work, { recursive: true, force: true });
});

type Session = { context: BrowserContext; page: Page };
/** Absolute URLs: the server's port changes when it restarts (session cookies do not depend on the port). */
const go = (page: Page, pathname: string) => page.goto(`${baseUrl}${pathname}`);

async function signUp(email: string): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, timezoneId: "UTC" });
  const page = await context.newPage();
  await go(page, "/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${baseUrl}/`);
  return { context, page };
}

async function submit(page: Page, slug: string, code: string, verdict: string): Promise<void> {
  await go(page, `/exercises/${slug}`);
  await waitForEditor(page);
  await replaceEditorCode(page, code);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect.poll(() => page.getByTestId("verdict-label").textContent(), { timeout: 60_000 }).toBe(verdict);
}

async function download(page: Page, linkName: string): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const csv = fs.readFileSync((await file.path()) as string, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(csv.slice(1));
}

/** "YYYY-MM-DDTHH:MM" for a datetime-local input (the contexts run in UTC). */
const localInput = (at: Date) => at.toISOString().slice(0, 16);
const num = async (locator: ReturnType<Page["locator"]>, attribute: string) => Number(await locator.getAttribute(attribute));

describe("a week of a class", () => {
  let instructor: Session, ada: Session, ben: Session;
  let setPath = "";
  let courseId = "";
  let requiredTotal = 0;

  it("the instructor sets up a course and a set: points, partial credit, 50% off late work, due a few minutes ago", async () => {
    const admin = await signUp("admin@week.test");
    instructor = await signUp("prof@week.test");
    await go(admin.page, "/admin/users");
    const row = admin.page.locator('tr[data-email="prof@week.test"]');
    await row.getByLabel("Role of prof@week.test").selectOption("instructor");
    await row.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => row.locator("[data-role]").textContent()).toBe("instructor");
    await admin.context.close();

    const { page } = instructor;
    await go(page, "/teach");
    const form = page.getByRole("form", { name: "New course" });
    await form.getByLabel("Title").fill("Math for ML");
    await form.getByRole("button", { name: "Create course" }).click();
    await page.waitForURL(/\/teach\/courses\/[^/]+$/);
    courseId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    const joinCode = (await page.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";

    await page.getByRole("link", { name: "New problem set" }).click();
    await page.waitForURL("**/sets/new");
    await page.getByLabel("Title").fill("Week 1");
    for (const [slug, title] of [
      ["relu", "ReLU activation"],
      ["sigmoid", "Sigmoid"],
    ]) {
      await page.getByLabel("Search exercises").fill(title);
      await page.locator(`[data-pick="${slug}"] button`).click();
    }
    await page.locator('[data-points="relu"]').fill("2");
    await page.locator('input[name="dueAt"]').fill(localInput(new Date(Date.now() - 3 * 60_000)));
    await page.getByRole("radio", { name: /Partial credit/ }).check();
    await page.getByRole("radio", { name: "Accept with a penalty" }).check();
    await page.locator('input[name="latePenaltyPercent"]').fill("50");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/teach\/sets\/[^/]+$/);
    setPath = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect.poll(() => page.locator("[data-set-status]").getAttribute("data-set-status")).toBe("published");
    expect(await page.locator('[data-points="relu"]').inputValue()).toBe("2");

    for (const email of ["ada@week.test", "ben@week.test"]) {
      const session = await signUp(email);
      await go(session.page, `/join/${joinCode}`);
      await session.page.getByRole("button", { name: "Join this course" }).click();
      await session.page.waitForURL(/\/courses\/[^/]+$/);
      if (email.startsWith("ada")) ada = session;
      else ben = session;
    }
  });

  it("ben gets an extension; both submit; the learners see their own due date, the late policy and their points", async () => {
    const { page } = instructor;
    await go(page, `${setPath}/gradebook`);
    await page.locator('tr[data-learner="ben@week.test"]').getByRole("link", { name: "ben@week.test" }).click();
    await page.waitForURL(/\/gradebook\/[^/]+$/);
    await page.locator('input[name="extensionDueAt"]').fill(localInput(new Date(Date.now() + 2 * 86_400_000)));
    await page.getByRole("button", { name: "Grant extension" }).click();
    await expect.poll(() => page.locator("[data-learner-due]").textContent()).toContain("Extended to");

    await submit(ada.page, "relu", ALMOST_RELU, "Wrong answer");
    await submit(ben.page, "relu", ALMOST_RELU, "Wrong answer");
    await submit(ben.page, "sigmoid", SIGMOID, "Accepted");

    await go(ben.page, `/courses/${courseId}`);
    const bensSet = ben.page.locator("[data-problem-set]");
    expect(await bensSet.locator("[data-your-due]").textContent()).toContain("Your due date (extended)");
    expect(await bensSet.locator("[data-late-policy]").textContent()).toBe("Late work counts with 50% off");
    await go(ada.page, `/courses/${courseId}`);
    const adasSet = ada.page.locator("[data-problem-set]");
    expect(await adasSet.locator("[data-your-due]").textContent()).not.toContain("extended");
    expect(await adasSet.locator('[data-item="relu"] [data-status]').getAttribute("data-status")).toBe("attempted");

    // Partial credit: the share of required tests passed; ada's is late, so half of it.
    await go(page, `${setPath}/gradebook/${await learnerId(page, setPath, "ben@week.test")}`);
    const summary = (await page.locator('[data-exercise="relu"] [data-submission] summary').first().textContent()) ?? "";
    const [passed, total] = (summary.match(/(\d+)\/(\d+) required/) ?? []).slice(1).map(Number);
    expect(passed).toBe(total - 1);
    requiredTotal = total;
    const partial = Math.round((2 * passed * 100) / total) / 100;
    await go(page, `${setPath}/gradebook`);
    const benRow = page.locator('tr[data-learner="ben@week.test"]');
    const adaRow = page.locator('tr[data-learner="ada@week.test"]');
    expect(await benRow.locator("[data-extension]").count()).toBe(1);
    expect(await num(benRow.locator("[data-score]").first(), "data-score")).toBe(partial);
    expect(await num(adaRow.locator("[data-score]").first(), "data-score")).toBe(Math.round(partial * 50) / 100);
    expect(await num(benRow.locator("[data-total-score]"), "data-total-score")).toBe(Math.round((partial + 1) * 100) / 100);
    expect(await adaRow.locator('[data-status="attempted"]').count()).toBe(1);
    // The learner's page shows the same points as the gradebook.
    expect(await num(adasSet.locator("[data-total-score]"), "data-total-score")).toBe(Math.round(partial * 50) / 100);
  });

  it("the exercise changes (its hardest test dropped, server restarted): the gradebook flags old grades, a regrade lists the changed verdicts", async () => {
    const tests = path.join(exercisesCopy, "ml-math", "relu", "tests.ts");
    const source = fs.readFileSync(tests, "utf8");
    const changed = source
      .split("\n")
      .filter((line) => !line.includes('"huge magnitudes"'))
      .join("\n");
    expect(changed).not.toBe(source);
    fs.writeFileSync(tests, changed);
    await stopServer();
    await start();

    const { page } = instructor;
    await go(page, `${setPath}/gradebook`);
    expect(await num(page.locator("[data-outdated-total]"), "data-outdated-total")).toBe(2);
    expect(await page.locator('tr[data-learner="ada@week.test"] [data-outdated]').count()).toBe(1);
    await page.getByRole("button", { name: "Regrade the set" }).click();
    await expect.poll(() => page.locator("[data-regrade]").getAttribute("data-regrade"), { timeout: 60_000 }).toBe("done");
    await expect.poll(() => page.locator("[data-regrade-summary]").textContent()).toContain("2 submissions graded again, 2 changed");
    const changes = page.getByRole("table", { name: "Changed verdicts" });
    expect(await changes.locator("tr[data-change]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-change")))).toEqual([
      "ada@week.test",
      "ben@week.test",
    ]);
    expect(await changes.locator('tr[data-change="ada@week.test"]').textContent()).toMatch(
      new RegExp(`ReLU activation.*Wrong answer \\(${requiredTotal - 1} passed\\).*Accepted \\(${requiredTotal - 1}/${requiredTotal - 1}\\)`),
    );
    // After the regrade: accepted everywhere; ada's is late (1 of 2), ben's on time (2 of 2).
    await page.reload();
    await expect.poll(() => page.locator("[data-outdated-total]").getAttribute("data-outdated-total")).toBe("0");
    const adaRow = page.locator('tr[data-learner="ada@week.test"]');
    expect(await adaRow.locator('[data-status="accepted"]').getAttribute("data-late")).toBe("true");
    expect(await num(adaRow.locator("[data-score]").first(), "data-score")).toBe(1);
    expect(await num(page.locator('tr[data-learner="ben@week.test"] [data-total-score]'), "data-total-score")).toBe(3);
  });

  it("an override with a reason, and a comment the learner reads on their submission", async () => {
    const { page } = instructor;
    await go(page, `${setPath}/gradebook/${await learnerId(page, setPath, "ada@week.test")}`);
    const relu = page.locator('[data-exercise="relu"]');
    await relu.getByText("Override the grade").click();
    await relu.locator('input[name="overrideScore"]').fill("1.5");
    await relu.locator('input[name="overrideReason"]').fill("Penalty halved: documented illness");
    await relu.getByRole("button", { name: "Save override" }).click();
    await expect.poll(() => relu.locator("[data-item-score]").textContent()).toContain("overridden by prof@week.test");
    expect(await num(relu.locator("[data-item-score] [data-score]"), "data-score")).toBe(1.5);

    await go(page, `${setPath}/gradebook/${await learnerId(page, setPath, "ben@week.test")}`);
    const submission = page.locator('[data-exercise="relu"] [data-submission]').first();
    const submissionId = (await submission.getAttribute("data-submission")) ?? "";
    await submission.locator('textarea[name="comment"]').fill("Nice: the regrade accepted it. Watch very large inputs.");
    await submission.getByRole("button", { name: "Add comment" }).click();
    await expect.poll(() => submission.getByRole("list", { name: "Comments" }).textContent()).toContain("Watch very large inputs.");

    await go(ben.page, "/history");
    await go(ben.page, `/history/${submissionId}`);
    expect(await ben.page.locator("[data-comment]").textContent()).toContain("Nice: the regrade accepted it. Watch very large inputs.");
    // The learner is told the verdict comes from a regrade against the changed exercise.
    expect(await ben.page.locator("[data-regraded]").textContent()).toContain("the exercise's tests changed after you submitted");
    // Not for anyone else: ada gets a 404 page for ben's submission.
    const response = await go(ada.page, `/history/${submissionId}`);
    expect(response?.status()).toBe(404);

    // The learner sees the override on the set page.
    await go(ada.page, `/courses/${courseId}`);
    expect(await ada.page.locator('[data-item="relu"]').textContent()).toContain("set by staff: Penalty halved: documented illness");
    expect(await num(ada.page.locator("[data-problem-set] [data-total-score]"), "data-total-score")).toBe(1.5);
  });

  it("a teaching assistant sees the gradebook with the override and the comment, but can neither edit nor regrade", async () => {
    const ta = await signUp("ta@week.test");
    const { page } = instructor;
    await go(page, `/teach/courses/${courseId}`);
    await page.getByLabel("Add a teaching assistant (their account's email)").fill("ta@week.test");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "ta@week.test is now a teaching assistant." }).waitFor();

    const problemSetId = setPath.split("/").at(-1) ?? "";
    await go(ta.page, `${setPath}/gradebook`);
    await ta.page.getByRole("heading", { name: "Week 1" }).waitFor();
    // The same numbers the instructor sees (the override included), and no edit or regrade control.
    const adaRow = ta.page.locator('tr[data-learner="ada@week.test"]');
    expect(await num(adaRow.locator("[data-total-score]"), "data-total-score")).toBe(1.5);
    expect(await ta.page.getByRole("link", { name: "Edit set" }).count()).toBe(0);
    expect(await ta.page.getByRole("button", { name: /regrade/i }).count()).toBe(0);
    await go(ta.page, `${setPath}/gradebook/${await learnerId(ta.page, setPath, "ben@week.test")}`);
    expect(await ta.page.getByRole("list", { name: "Comments" }).first().textContent()).toContain("Watch very large inputs.");
    expect(await ta.page.getByText("Override the grade").count()).toBe(0);
    // The settings are the instructor's: the API refuses them (the same client reads the gradebook).
    expect((await ta.context.request.get(`${baseUrl}/api/teach/problem-sets/${problemSetId}/gradebook`)).status()).toBe(200);
    for (const [method, path, data] of [
      ["PUT", `/api/teach/problem-sets/${problemSetId}`, { title: "Taken over", exerciseSlugs: ["relu"] }],
      ["POST", `/api/teach/problem-sets/${problemSetId}/status`, { status: "draft" }],
      ["POST", `/api/teach/problem-sets/${problemSetId}/regrades`, {}],
    ] as const) {
      const response = await ta.context.request.fetch(`${baseUrl}${path}`, { method, data, headers: { origin: baseUrl } });
      expect(response.status(), `${method} ${path}`).toBe(403);
    }
    expect((await go(ta.page, setPath))?.status()).toBe(404);
    await ta.context.close();
  });

  it("the set and course CSVs carry the same numbers as the pages", async () => {
    const { page } = instructor;
    await go(page, `${setPath}/gradebook`);
    const shown = async (email: string) => {
      const row = page.locator(`tr[data-learner="${email}"]`);
      const scores = await row.locator("[data-score]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-score")));
      return { scores, total: await row.locator("[data-total-score]").getAttribute("data-total-score") };
    };
    const records = await download(page, "Download CSV");
    expect(records[0]).toEqual([
      "Name",
      "Email",
      "Student ID",
      "ReLU activation: score (of 2)",
      "ReLU activation: attempts",
      "ReLU activation: first accepted (UTC)",
      "ReLU activation: late",
      "Logistic sigmoid: score (of 1)",
      "Logistic sigmoid: attempts",
      "Logistic sigmoid: first accepted (UTC)",
      "Logistic sigmoid: late",
      "Total (of 3)",
    ]);
    const csvRow = (email: string) => records.find((record) => record[1] === email)!;
    for (const email of ["ada@week.test", "ben@week.test"]) {
      const { scores, total } = await shown(email);
      expect([csvRow(email)[3], csvRow(email)[7], csvRow(email)[11]]).toEqual([...scores, total]);
    }
    expect(csvRow("ada@week.test").slice(3, 7)).toEqual(["1.5", "1", expect.stringMatching(/Z$/), "yes"]);
    expect(csvRow("ben@week.test").slice(3, 11)).toEqual(["2", "1", expect.stringMatching(/Z$/), "no", "1", "1", expect.stringMatching(/Z$/), "no"]);

    await page.getByRole("link", { name: "Course gradebook" }).first().click();
    await page.waitForURL(/\/gradebook$/);
    const courseRecords = await download(page, "Download course CSV");
    expect(courseRecords[0]).toEqual(["Name", "Email", "Student ID", "Week 1 (of 3)", "Total (of 3)"]);
    for (const email of ["ada@week.test", "ben@week.test"]) {
      const total = await page.locator(`tr[data-learner="${email}"] [data-total-score]`).getAttribute("data-total-score");
      expect(courseRecords.find((record) => record[1] === email)?.slice(3)).toEqual([total, total]);
    }
  });
});

/** A learner's id, from the gradebook's link to their work. */
async function learnerId(page: Page, setPath: string, email: string): Promise<string> {
  await go(page, `${setPath}/gradebook`);
  const href = (await page.locator(`tr[data-learner="${email}"] a`).first().getAttribute("href")) ?? "";
  return href.split("/").at(-1) ?? "";
}
