import type { APIRequestContext, Browser } from "playwright-core";
import type { TestProject } from "vitest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";
import startServer from "./global-setup";

// Authorization of courses, problem sets and gradebooks, proved over HTTP (no UI involved):
// every instructor route and export as an anonymous visitor, a learner, another instructor.
// Its own server and database: the first account to sign up is the admin.

const PASSWORD = "correct horse battery";
const NAIVE_SOFTMAX =
  "export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error('empty'); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";

let baseUrl = "";
let stopServer: () => Promise<void>;
let browser: Browser;

type Account = { request: APIRequestContext; id: string; learnerId: string };

/** A signed-up account with its own cookie jar. */
async function signUp(email: string): Promise<Account> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const response = await context.request.post("/api/auth/sign-up", { data: { email, password: PASSWORD } });
  expect(response.status()).toBe(201);
  const { user } = (await response.json()) as { user: { id: string; learnerId: string } };
  return { request: context.request, id: user.id, learnerId: user.learnerId };
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

let admin: Account, alice: Account, bob: Account, learner: Account, outsider: Account;
let courseId: string, problemSetId: string, otherCourseId: string, submissionId: string;

beforeAll(async () => {
  stopServer = await startServer({ provide: (_key: string, value: string) => void (baseUrl = value) } as unknown as TestProject);
  browser = await launchBrowser();
  admin = await signUp("admin@school.test");
  alice = await signUp("alice@school.test");
  bob = await signUp("bob@school.test");
  learner = await signUp("learner@school.test");
  outsider = await signUp("outsider@school.test");
  for (const instructor of [alice, bob]) {
    expect((await admin.request.patch(`/api/admin/users/${instructor.id}`, { data: { role: "instructor" } })).status()).toBe(200);
  }
  const { course } = await json<{ course: { id: string; joinCode: string } }>(await alice.request.post("/api/teach/courses", { data: { title: "Alice's class" } }), 201);
  courseId = course.id;
  const created = await json<{ problemSet: { id: string } }>(
    await alice.request.post(`/api/teach/courses/${courseId}/problem-sets`, {
      data: { title: "Exam", exerciseSlugs: ["softmax"], revealFailingCase: "never", submitIntervalSeconds: 600 },
    }),
    201,
  );
  problemSetId = created.problemSet.id;
  expect((await alice.request.post(`/api/teach/problem-sets/${problemSetId}/status`, { data: { status: "published" } })).status()).toBe(204);
  await json(await learner.request.post("/api/courses/join", { data: { code: course.joinCode } }));
  const other = await json<{ course: { id: string; joinCode: string } }>(await bob.request.post("/api/teach/courses", { data: { title: "Bob's class" } }), 201);
  otherCourseId = other.course.id;
  await json(await outsider.request.post("/api/courses/join", { data: { code: other.course.joinCode } }));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await stopServer?.();
});

const teachRoutes = () => [
  ["GET", "/api/teach/courses"],
  ["POST", "/api/teach/courses"],
  ["GET", `/api/teach/courses/${courseId}`],
  ["PATCH", `/api/teach/courses/${courseId}`],
  ["DELETE", `/api/teach/courses/${courseId}/learners/${learner.learnerId}`],
  ["POST", `/api/teach/courses/${courseId}/problem-sets`],
  ["GET", `/api/teach/problem-sets/${problemSetId}`],
  ["PUT", `/api/teach/problem-sets/${problemSetId}`],
  ["DELETE", `/api/teach/problem-sets/${problemSetId}`],
  ["POST", `/api/teach/problem-sets/${problemSetId}/status`],
  ["GET", `/api/teach/problem-sets/${problemSetId}/gradebook`],
  ["GET", `/api/teach/problem-sets/${problemSetId}/gradebook/csv`],
  ["GET", `/api/teach/problem-sets/${problemSetId}/late-preview?dueAt=`],
  ["GET", `/api/teach/problem-sets/${problemSetId}/learners/${learner.learnerId}`],
];
const BODY = { title: "Taken over", status: "closed", exerciseSlugs: ["softmax"] };

function send(request: APIRequestContext, method: string, path: string) {
  return request.fetch(path, { method, ...(method === "GET" || method === "DELETE" ? {} : { data: BODY }) });
}

describe("instructor routes, over HTTP", () => {
  it("answer 401 without a session, and the pages redirect to sign-in", async () => {
    for (const [method, path] of teachRoutes()) {
      const response = await fetch(`${baseUrl}${path}`, { method, headers: { "content-type": "application/json" }, body: method === "GET" || method === "DELETE" ? undefined : JSON.stringify(BODY) });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
    for (const path of ["/teach", `/teach/sets/${problemSetId}/gradebook`, "/courses", `/courses/${courseId}`]) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      expect([303, 307, 308], path).toContain(response.status);
      expect(response.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answer 403 to a learner, even one enrolled in the course (their own work included)", async () => {
    for (const [method, path] of teachRoutes()) expect((await send(learner.request, method, path)).status(), `${method} ${path}`).toBe(403);
    for (const path of [`/teach/courses/${courseId}`, `/teach/sets/${problemSetId}`, `/teach/sets/${problemSetId}/gradebook`, `/teach/sets/${problemSetId}/gradebook/${learner.learnerId}`]) {
      const page = await learner.request.get(path);
      expect(page.status(), path).toBe(404);
      expect(await page.text()).not.toContain("Alice's class");
    }
    // /teach itself tells a learner how to become an instructor, and lists no course.
    const teach = await learner.request.get("/teach");
    const text = await teach.text();
    expect(text).toContain("is a learner account");
    expect(text).toContain("Ask an admin of this site to make you an instructor");
    expect(text).not.toContain("Alice's class");
  });

  it("answer 404 to another instructor, as for a course that does not exist", async () => {
    for (const [method, path] of teachRoutes().filter(([, path]) => path !== "/api/teach/courses")) {
      expect((await send(bob.request, method, path)).status(), `${method} ${path}`).toBe(404);
    }
    const own = await json<{ courses: { id: string }[] }>(await bob.request.get("/api/teach/courses"));
    expect(own.courses.map((course) => course.id)).toEqual([otherCourseId]);
    for (const path of [`/teach/courses/${courseId}`, `/teach/sets/${problemSetId}/gradebook`, `/teach/sets/${problemSetId}/gradebook/${learner.learnerId}`]) {
      expect((await bob.request.get(path)).status(), path).toBe(404);
    }
    // Nothing was changed by the attempts above.
    const set = await json<{ problemSet: { title: string; status: string } }>(await alice.request.get(`/api/teach/problem-sets/${problemSetId}`));
    expect(set.problemSet).toMatchObject({ title: "Exam", status: "published" });
    const course = await json<{ course: { title: string; learners: unknown[] } }>(await alice.request.get(`/api/teach/courses/${courseId}`));
    expect(course.course).toMatchObject({ title: "Alice's class", learners: [expect.objectContaining({ learnerId: learner.learnerId })] });
  });

  it("serve the owner and admins; an owner cannot read a learner outside the course", async () => {
    await json(await alice.request.get(`/api/teach/problem-sets/${problemSetId}/gradebook`));
    await json(await admin.request.get(`/api/teach/problem-sets/${problemSetId}/gradebook`));
    expect((await alice.request.get(`/api/teach/problem-sets/${problemSetId}/learners/${outsider.learnerId}`)).status()).toBe(404);
    const csv = await alice.request.get(`/api/teach/problem-sets/${problemSetId}/gradebook/csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="gradebook-exam.csv"');
  });

  it("refuse cross-site requests and oversized input", async () => {
    const forged = await alice.request.post("/api/teach/courses", { data: { title: "Forged" }, headers: { origin: "https://evil.example" } });
    expect(forged.status()).toBe(403);
    expect((await learner.request.post("/api/courses/join", { data: { code: "ABCDEFGH" }, headers: { origin: "https://evil.example" } })).status()).toBe(403);
    expect((await alice.request.post("/api/teach/courses", { data: { title: "t".repeat(121) } })).status()).toBe(400);
    const tooMany = Array.from({ length: 51 }, () => "softmax");
    expect((await alice.request.post(`/api/teach/courses/${courseId}/problem-sets`, { data: { title: "Big", exerciseSlugs: tooMany } })).status()).toBe(400);
    const titles = (await json<{ courses: { title: string }[] }>(await alice.request.get("/api/teach/courses"))).courses.map((course) => course.title);
    expect(titles).toEqual(["Alice's class"]);
  });
});

describe("learners' course data, over HTTP", () => {
  it("a course and its sets are for its members only", async () => {
    await json(await learner.request.get(`/api/courses/${courseId}`));
    expect((await outsider.request.get(`/api/courses/${courseId}`)).status()).toBe(404);
    expect((await outsider.request.get(`/courses/${courseId}`)).status()).toBe(404);
    expect((await bob.request.get(`/api/courses/${courseId}`)).status()).toBe(404);
    const assigned = await json<{ problemSets: { id: string }[] }>(await outsider.request.get("/api/problem-sets"));
    expect(assigned.problemSets).toEqual([]);
  });

  it("the set's policy holds: no failing case on submit or in the history, one submit per interval; code stays private", async () => {
    const submitted = await json<{ submissionId: string; result: { verdict: string; failingCase?: unknown; mistake?: { id: string } } }>(
      await learner.request.post("/api/exercises/softmax/submissions", { data: { code: NAIVE_SOFTMAX } }),
      201,
    );
    submissionId = submitted.submissionId;
    expect(submitted.result).toMatchObject({ verdict: "wrong_answer", mistake: { id: "no-max-shift" } });
    expect(submitted.result.failingCase).toBeUndefined();
    const stored = await json<{ submission: { result: { failingCase?: unknown } } }>(await learner.request.get(`/api/submissions/${submissionId}`));
    expect(stored.submission.result.failingCase).toBeUndefined();

    const again = await learner.request.post("/api/exercises/softmax/submissions", { data: { code: NAIVE_SOFTMAX } });
    expect(again.status()).toBe(429);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/^You can submit this exercise again in \d+ s$/);

    // The instructor has the full result; nobody else has the code.
    const work = await json<{ work: { exercises: { submissions: { id: string; code: string; failingCase: unknown }[] }[] } }>(
      await alice.request.get(`/api/teach/problem-sets/${problemSetId}/learners/${learner.learnerId}`),
    );
    expect(work.work.exercises[0].submissions[0]).toMatchObject({ id: submissionId, code: NAIVE_SOFTMAX, failingCase: expect.anything() });
    for (const other of [outsider, bob, alice, admin]) expect((await other.request.get(`/api/submissions/${submissionId}`)).status()).toBe(404);
  }, 60_000);
});
