import type { APIRequestContext, Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { createAccount, type Account } from "./create-account";

// The teaching pages against `next start`: signed out they redirect to sign-in, and to a learner
// or another instructor they are a 404 that says nothing of the course. The route handlers'
// authorization matrix (route × actor → status) is tests/courses/instructor-routes.test.ts.

const baseUrl = inject("baseUrl");
let browser: Browser;

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

let alice: Account, bob: Account, learner: Account;
let courseId: string, problemSetId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  alice = await createAccount(browser, "alice@access.test", "instructor");
  bob = await createAccount(browser, "bob@access.test", "instructor");
  learner = await createAccount(browser, "learner@access.test");
  const { course } = await json<{ course: { id: string; joinCode: string } }>(
    await alice.request.post("/api/teach/courses", { data: { title: "Alice's class" } }),
    201,
  );
  courseId = course.id;
  const created = await json<{ problemSet: { id: string } }>(
    await alice.request.post(`/api/teach/courses/${courseId}/problem-sets`, { data: { title: "Exam", exerciseSlugs: ["softmax"] } }),
    201,
  );
  problemSetId = created.problemSet.id;
  expect((await alice.request.post(`/api/teach/problem-sets/${problemSetId}/status`, { data: { status: "published" } })).status()).toBe(204);
  await json(await learner.request.post("/api/courses/join", { data: { code: course.joinCode } }));
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe("teaching pages", () => {
  it("redirect to sign-in without a session, keeping where to come back to", async () => {
    for (const path of ["/teach", `/teach/sets/${problemSetId}/gradebook`, "/courses", `/courses/${courseId}`]) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      expect([303, 307, 308], path).toContain(response.status);
      expect(response.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("are a 404 to a learner, even one enrolled in the course, that names nothing of it", async () => {
    for (const path of [
      "/teach",
      `/teach/courses/${courseId}`,
      `/teach/sets/${problemSetId}`,
      `/teach/sets/${problemSetId}/gradebook`,
      `/teach/sets/${problemSetId}/gradebook/${learner.learnerId}`,
    ]) {
      const page = await learner.request.get(path);
      expect(page.status(), path).toBe(404);
      expect(await page.text()).not.toContain("Alice's class");
    }
  });

  it("are a 404 to another instructor, as for a course that does not exist; the owner gets them", async () => {
    for (const path of [`/teach/courses/${courseId}`, `/teach/sets/${problemSetId}/gradebook`, `/teach/sets/${problemSetId}/gradebook/${learner.learnerId}`]) {
      expect((await bob.request.get(path)).status(), path).toBe(404);
      expect((await alice.request.get(path)).status(), path).toBe(200);
    }
    expect((await bob.request.get(`/courses/${courseId}`)).status()).toBe(404);
    expect((await learner.request.get(`/courses/${courseId}`)).status()).toBe(200);
  });
});
