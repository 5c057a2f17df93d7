import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { createAccount, type Account } from "./create-account";

// People (issue 12, item 5) in a real browser against `next start`: a teaching assistant views
// the gradebook and grants an extension but finds no edit controls and gets 403 from the
// settings API; an admin's one-time password-reset link, used once.

const baseUrl = inject("baseUrl");
let browser: Browser;

type Person = Account & { email: string };
const person = async (email: string, role: "learner" | "instructor" | "admin" = "learner"): Promise<Person> => ({
  ...(await createAccount(browser, email, role)),
  email,
});

let admin: Person, prof: Person, ta: Person, ada: Person;
let courseId: string, problemSetId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await person("admin@people.test", "admin");
  prof = await person("prof@people.test", "instructor");
  ta = await person("ta@people.test");
  ada = await person("ada@people.test");
  const created = await prof.context.request.post("/api/teach/courses", { data: { title: "Math for ML" } });
  const { course } = (await created.json()) as { course: { id: string; joinCode: string } };
  courseId = course.id;
  const set = await prof.context.request.post(`/api/teach/courses/${courseId}/problem-sets`, {
    data: { title: "Week 1", exerciseSlugs: ["softmax", "sigmoid"], dueAt: new Date(Date.now() + 3600_000).toISOString() },
  });
  expect(set.status(), await set.text()).toBe(201);
  problemSetId = ((await set.json()) as { problemSet: { id: string } }).problemSet.id;
  expect((await prof.context.request.post(`/api/teach/problem-sets/${problemSetId}/status`, { data: { status: "published" } })).status()).toBe(204);
  expect((await ada.context.request.post("/api/courses/join", { data: { code: course.joinCode } })).status()).toBe(200);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe("a teaching assistant", () => {
  it("is added by the instructor on the course page, sees Teach, the gradebook and grants an extension, with no edit controls", async () => {
    // The instructor adds the TA through the course page's form.
    const profPage = await prof.context.newPage();
    await profPage.goto(`/teach/courses/${courseId}`);
    await profPage.getByLabel("Add a teaching assistant (their account's email)").fill(ta.email);
    await profPage.getByRole("button", { name: "Add", exact: true }).click();
    await profPage
      .getByRole("status")
      .filter({ hasText: `${ta.email} is now a teaching assistant.` })
      .waitFor();
    await profPage.close();

    const page = await ta.context.newPage();
    await page.goto("/teach");
    await expect(page.locator("header").getByRole("link", { name: "Teach" }).count()).resolves.toBe(1);
    await page.getByRole("link", { name: /Math for ML/ }).click();
    await page.waitForURL(`**/teach/courses/${courseId}`);
    await page.getByRole("heading", { name: "Teaching assistants" }).waitFor();
    // Read-only course page: no edit, new set, roster import, remove or add-TA controls.
    expect(await page.getByRole("button", { name: "Edit course" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "New problem set" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Edit", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Remove/ }).count()).toBe(0);
    expect(await page.getByRole("form", { name: "Add a teaching assistant" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Preview", exact: true }).count()).toBe(1);
    expect(await page.getByText("Import names and student ids").count()).toBe(0);

    await page.getByRole("link", { name: "Gradebook", exact: true }).click();
    await page.waitForURL(`**/teach/sets/${problemSetId}/gradebook`);
    await page.getByRole("heading", { name: "Week 1" }).waitFor();
    expect(await page.getByText(ada.email).count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "Edit set" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Exercise versions" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /regrade/i }).count()).toBe(0);

    // The learner's drill-down: extension and comments yes, override no.
    await page.goto(`/teach/sets/${problemSetId}/gradebook/${ada.learnerId}`);
    await page.getByRole("button", { name: "Grant extension" }).waitFor();
    expect(await page.getByText("Override the grade").count()).toBe(0);
    await page.locator('input[name="extensionDueAt"]').fill("2030-01-15T23:59");
    await page.getByRole("button", { name: "Grant extension" }).click();
    await page.getByRole("status").filter({ hasText: "Extension saved." }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Withdraw" }).waitFor();

    // The instructor's gradebook shows the TA's extension (the API, as the page reads it).
    const gradebook = await prof.context.request.get(`/api/teach/problem-sets/${problemSetId}/gradebook`);
    expect(gradebook.status()).toBe(200);
    expect(JSON.stringify(await gradebook.json())).toContain("2030-01-15");
    await page.close();
  });

  it("gets 403 from every settings API, and nothing changes", async () => {
    const request = ta.context.request;
    const calls: [string, string, unknown][] = [
      ["PUT", `/api/teach/problem-sets/${problemSetId}`, { title: "Taken over", exerciseSlugs: ["softmax"] }],
      ["POST", `/api/teach/problem-sets/${problemSetId}/status`, { status: "draft" }],
      ["DELETE", `/api/teach/problem-sets/${problemSetId}`, undefined],
      ["PATCH", `/api/teach/courses/${courseId}`, { title: "Taken over" }],
      ["POST", `/api/teach/courses/${courseId}/problem-sets`, { title: "New", exerciseSlugs: ["softmax"] }],
      ["POST", `/api/teach/courses/${courseId}/roster`, { csv: `${ada.email},Mallory,1`, mode: "apply" }],
      ["POST", `/api/teach/courses/${courseId}/assistants`, { email: admin.email }],
      ["DELETE", `/api/teach/courses/${courseId}/learners/${ada.learnerId}`, undefined],
      ["POST", `/api/teach/problem-sets/${problemSetId}/duplicate`, { courseId, keepDates: false }],
      ["POST", `/api/teach/problem-sets/${problemSetId}/overrides`, { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 1, reason: "r" }],
      ["POST", `/api/teach/problem-sets/${problemSetId}/regrades`, {}],
    ];
    for (const [method, path, data] of calls) {
      const response = await request.fetch(path, { method, ...(data === undefined ? {} : { data }) });
      expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(403);
    }
    const course = await prof.context.request.get(`/api/teach/courses/${courseId}`);
    const body = (await course.json()) as { course: { title: string; learners: unknown[]; problemSets: { status: string; title: string }[] } };
    expect(body.course.title).toBe("Math for ML");
    expect(body.course.learners).toHaveLength(1);
    expect(body.course.problemSets).toEqual([expect.objectContaining({ title: "Week 1", status: "published" })]);
    // The editor page is not the TA's either.
    expect((await request.get(`/teach/sets/${problemSetId}`)).status()).toBe(404);
  });
});

describe("a password-reset link", () => {
  it("an admin issues it, the learner sets a new password once, and signs in with it", async () => {
    const adminPage = await admin.context.newPage();
    await adminPage.goto("/admin/users");
    await adminPage.getByRole("button", { name: `Issue a password-reset link for ${ada.email}` }).click();
    const linkBox = adminPage.getByLabel(`Password-reset link for ${ada.email}`, { exact: true });
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl.replace(/[.]/g, "\\.")}/reset-password/[A-Za-z0-9_-]{43}$`));
    await adminPage.close();

    const visitor = await browser.newContext({ baseURL: baseUrl });
    const page = await visitor.newPage();
    await page.goto(link);
    await expect(page.getByTestId("reset-email").innerText()).resolves.toBe(ada.email);
    await page.locator('input[name="password"]').fill("short");
    await page.getByRole("button", { name: "Set the new password" }).click();
    // The browser's own minlength check or the server's message: either way no redirect.
    expect(page.url()).toContain("/reset-password/");
    await page.locator('input[name="password"]').fill("a brand new passphrase");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.waitForURL(/\/sign-in\?reset=1$/);
    await page.getByText("Your password was changed. Sign in with the new one.").waitFor();

    // Ada's existing session ended with the reset.
    expect((await ada.context.request.get("/api/auth/session")).status()).toBe(401);
    await page.getByLabel("Email").fill(ada.email);
    await page.getByLabel("Password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in-as").filter({ hasText: ada.email }).waitFor();

    // Single use: the same link now says it is spent and offers no form.
    await page.goto(link);
    await page.getByRole("alert").filter({ hasText: "This reset link is not valid" }).waitFor();
    expect(await page.locator('input[name="password"]').count()).toBe(0);
    await visitor.close();
  });
});
