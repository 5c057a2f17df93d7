import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as learnerCourse from "@/app/api/courses/[courseId]/route";
import * as joinRoute from "@/app/api/courses/join/route";
import * as submissions from "@/app/api/exercises/[id]/submissions/route";
import * as assignedSets from "@/app/api/problem-sets/route";
import * as submissionRoute from "@/app/api/submissions/[submissionId]/route";
import * as teachCourse from "@/app/api/teach/courses/[courseId]/route";
import * as teachLearner from "@/app/api/teach/courses/[courseId]/learners/[learnerId]/route";
import * as teachCourseSets from "@/app/api/teach/courses/[courseId]/problem-sets/route";
import * as teachCourses from "@/app/api/teach/courses/route";
import * as gradebookCsv from "@/app/api/teach/problem-sets/[problemSetId]/gradebook/csv/route";
import * as gradebook from "@/app/api/teach/problem-sets/[problemSetId]/gradebook/route";
import * as setLearner from "@/app/api/teach/problem-sets/[problemSetId]/learners/[learnerId]/route";
import * as teachSet from "@/app/api/teach/problem-sets/[problemSetId]/route";
import * as setStatus from "@/app/api/teach/problem-sets/[problemSetId]/status/route";
import type { TActor } from "@/lib/courses/actor";
import { getDb } from "@/lib/db/client";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { getGraderPool } from "@/lib/grader-pool/get-grader-pool";
import { jar } from "../auth/cookie-jar";
import { signUpUser } from "../auth/helpers";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { courseWith, publishedSet } from "./helpers";

vi.mock("next/headers", async () => (await import("../auth/cookie-jar")).nextHeadersMock);

// Authorization of courses, problem sets and gradebooks: every instructor route handler, called
// directly as an anonymous visitor, an enrolled learner, another instructor, the owner and an
// admin (route × actor → status). The pages' redirects are proved against `next start` in
// tests/e2e/instructor-access.e2e.test.ts.

const NAIVE_SOFTMAX =
  "export function softmax(z: number[]): number[] { if (z.length === 0) throw new Error('empty'); const e = z.map((v) => Math.exp(v)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }";
const BASE = "http://localhost:3000";
const BODY = { title: "Taken over", status: "closed", exerciseSlugs: ["softmax"] };

type Who = "admin" | "alice" | "bob" | "learner" | "outsider";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let database: TestDatabase;
const tokens = {} as Record<Who, string>;
const actors = {} as Record<Who, TActor>;
let courseId: string, otherCourseId: string, problemSetId: string;

beforeAll(async () => {
  database = await useTestDatabase();
  await syncExerciseIndex(getExerciseCatalog());
  process.env.GRADER_WORKERS = "1";
  // The first account is the admin; alice and bob teach.
  for (const who of ["admin", "alice", "bob", "learner", "outsider"] as const) {
    const { token, user } = await signUpUser(`${who}@school.test`);
    const role = who === "alice" || who === "bob" ? "instructor" : user.role;
    if (role !== user.role) await getDb().user.update({ where: { id: user.id }, data: { role } });
    tokens[who] = token;
    actors[who] = { id: user.id, learnerId: user.learnerId, role };
  }
  const course = await courseWith(actors.alice, [actors.learner], "Alice's class");
  courseId = course.id;
  problemSetId = await publishedSet(actors.alice, courseId, {
    title: "Exam",
    exerciseSlugs: ["softmax"],
    revealFailingCase: "never",
    submitIntervalSeconds: 600,
  });
  otherCourseId = (await courseWith(actors.bob, [actors.outsider], "Bob's class")).id;
});
afterAll(async () => {
  await getGraderPool().close();
  (globalThis as { graderPool?: unknown }).graderPool = undefined;
  await database.cleanup();
});
beforeEach(() => jar.clear());

const as = (who: Who | null) => (who === null ? jar.delete("gd_session") : jar.set("gd_session", tokens[who]));

function call(handler: Handler, method: string, path: string, params: Record<string, string> = {}, { body, origin }: { body?: unknown; origin?: string } = {}) {
  const hasBody = method !== "GET" && method !== "DELETE";
  const headers: Record<string, string> = { "content-type": "application/json", ...(origin ? { origin } : {}) };
  return handler(new Request(`${BASE}${path}`, { method, headers, body: hasBody ? JSON.stringify(body ?? BODY) : undefined }), {
    params: Promise.resolve(params),
  });
}

async function json<T>(response: Response, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

/** Every instructor route: method, path, handler, params. */
const teachRoutes = (): [string, string, Handler, Record<string, string>][] => [
  ["GET", "/api/teach/courses", teachCourses.GET as Handler, {}],
  ["POST", "/api/teach/courses", teachCourses.POST as Handler, {}],
  ["GET", `/api/teach/courses/${courseId}`, teachCourse.GET as Handler, { courseId }],
  ["PATCH", `/api/teach/courses/${courseId}`, teachCourse.PATCH as Handler, { courseId }],
  [
    "DELETE",
    `/api/teach/courses/${courseId}/learners/${actors.learner.learnerId}`,
    teachLearner.DELETE as Handler,
    { courseId, learnerId: actors.learner.learnerId },
  ],
  ["POST", `/api/teach/courses/${courseId}/problem-sets`, teachCourseSets.POST as Handler, { courseId }],
  ["GET", `/api/teach/problem-sets/${problemSetId}`, teachSet.GET as Handler, { problemSetId }],
  ["PUT", `/api/teach/problem-sets/${problemSetId}`, teachSet.PUT as Handler, { problemSetId }],
  ["DELETE", `/api/teach/problem-sets/${problemSetId}`, teachSet.DELETE as Handler, { problemSetId }],
  ["POST", `/api/teach/problem-sets/${problemSetId}/status`, setStatus.POST as Handler, { problemSetId }],
  ["GET", `/api/teach/problem-sets/${problemSetId}/gradebook`, gradebook.GET as Handler, { problemSetId }],
  ["GET", `/api/teach/problem-sets/${problemSetId}/gradebook/csv`, gradebookCsv.GET as Handler, { problemSetId }],
  [
    "GET",
    `/api/teach/problem-sets/${problemSetId}/learners/${actors.learner.learnerId}`,
    setLearner.GET as Handler,
    { problemSetId, learnerId: actors.learner.learnerId },
  ],
];

describe("instructor route handlers, called directly", () => {
  it("answer 401 without a session", async () => {
    as(null);
    for (const [method, path, handler, params] of teachRoutes()) expect((await call(handler, method, path, params)).status, `${method} ${path}`).toBe(401);
  });

  it("answer 403 to a learner, even one enrolled in the course", async () => {
    as("learner");
    for (const [method, path, handler, params] of teachRoutes()) expect((await call(handler, method, path, params)).status, `${method} ${path}`).toBe(403);
  });

  it("answer 404 to another instructor, as for a course that does not exist, and change nothing", async () => {
    as("bob");
    for (const [method, path, handler, params] of teachRoutes().filter(([, path]) => path !== "/api/teach/courses")) {
      expect((await call(handler, method, path, params)).status, `${method} ${path}`).toBe(404);
    }
    const own = await json<{ courses: { id: string }[] }>(await call(teachCourses.GET as Handler, "GET", "/api/teach/courses"));
    expect(own.courses.map((course) => course.id)).toEqual([otherCourseId]);

    as("alice");
    const set = await json<{ problemSet: { title: string; status: string } }>(
      await call(teachSet.GET as Handler, "GET", `/api/teach/problem-sets/${problemSetId}`, { problemSetId }),
    );
    expect(set.problemSet).toMatchObject({ title: "Exam", status: "published" });
    const course = await json<{ course: { title: string; learners: unknown[] } }>(
      await call(teachCourse.GET as Handler, "GET", `/api/teach/courses/${courseId}`, { courseId }),
    );
    expect(course.course).toMatchObject({ title: "Alice's class", learners: [expect.objectContaining({ learnerId: actors.learner.learnerId })] });
  });

  it("serve the owner and admins; an owner cannot read a learner outside the course", async () => {
    const gradebookCall = () => call(gradebook.GET as Handler, "GET", `/api/teach/problem-sets/${problemSetId}/gradebook`, { problemSetId });
    as("alice");
    await json(await gradebookCall());
    const outside = `/api/teach/problem-sets/${problemSetId}/learners/${actors.outsider.learnerId}`;
    expect((await call(setLearner.GET as Handler, "GET", outside, { problemSetId, learnerId: actors.outsider.learnerId })).status).toBe(404);
    const csv = await call(gradebookCsv.GET as Handler, "GET", `/api/teach/problem-sets/${problemSetId}/gradebook/csv`, { problemSetId });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="gradebook-exam.csv"');
    as("admin");
    await json(await gradebookCall());
  });

  it("refuse cross-site requests and oversized input", async () => {
    as("alice");
    expect(
      (await call(teachCourses.POST as Handler, "POST", "/api/teach/courses", {}, { body: { title: "Forged" }, origin: "https://evil.example" })).status,
    ).toBe(403);
    expect((await call(teachCourses.POST as Handler, "POST", "/api/teach/courses", {}, { body: { title: "t".repeat(121) } })).status).toBe(400);
    const tooMany = Array.from({ length: 51 }, () => "softmax");
    const big = await call(
      teachCourseSets.POST as Handler,
      "POST",
      `/api/teach/courses/${courseId}/problem-sets`,
      { courseId },
      { body: { title: "Big", exerciseSlugs: tooMany } },
    );
    expect(big.status).toBe(400);
    const titles = (await json<{ courses: { title: string }[] }>(await call(teachCourses.GET as Handler, "GET", "/api/teach/courses"))).courses.map(
      (course) => course.title,
    );
    expect(titles).toEqual(["Alice's class"]);
    as("learner");
    expect(
      (await call(joinRoute.POST as Handler, "POST", "/api/courses/join", {}, { body: { code: "ABCDEFGH" }, origin: "https://evil.example" })).status,
    ).toBe(403);
  });
});

describe("learners' course route handlers", () => {
  it("a course and its sets are for its members only", async () => {
    const courseCall = () => call(learnerCourse.GET as Handler, "GET", `/api/courses/${courseId}`, { courseId });
    as("learner");
    await json(await courseCall());
    as("outsider");
    expect((await courseCall()).status).toBe(404);
    const assigned = await json<{ problemSets: { id: string }[] }>(await call(assignedSets.GET as Handler, "GET", "/api/problem-sets"));
    expect(assigned.problemSets).toEqual([]);
    as("bob");
    expect((await courseCall()).status).toBe(404);
  });

  it("the set's policy holds: no failing case on submit or when reopened, one submit per interval; code stays private", async () => {
    const submit = () => call(submissions.POST as Handler, "POST", "/api/exercises/softmax/submissions", { id: "softmax" }, { body: { code: NAIVE_SOFTMAX } });
    as("learner");
    const submitted = await json<{ submissionId: string; result: { verdict: string; failingCase?: unknown; mistake?: { id: string } } }>(await submit(), 201);
    expect(submitted.result).toMatchObject({ verdict: "wrong_answer", mistake: { id: "no-max-shift" } });
    expect(submitted.result.failingCase).toBeUndefined();
    const { submissionId } = submitted;
    const reopen = () => call(submissionRoute.GET as Handler, "GET", `/api/submissions/${submissionId}`, { submissionId });
    const stored = await json<{ submission: { result: { failingCase?: unknown } } }>(await reopen());
    expect(stored.submission.result.failingCase).toBeUndefined();

    const again = await submit();
    expect(again.status).toBe(429);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/^You can submit this exercise again in \d+ s$/);

    // The instructor has the full result; nobody else has the code.
    as("alice");
    const work = await json<{ work: { exercises: { submissions: { id: string; code: string; failingCase: unknown }[] }[] } }>(
      await call(setLearner.GET as Handler, "GET", `/api/teach/problem-sets/${problemSetId}/learners/${actors.learner.learnerId}`, {
        problemSetId,
        learnerId: actors.learner.learnerId,
      }),
    );
    expect(work.work.exercises[0].submissions[0]).toMatchObject({ id: submissionId, code: NAIVE_SOFTMAX, failingCase: expect.anything() });
    for (const other of ["outsider", "bob", "alice", "admin"] as const) {
      as(other);
      expect((await reopen()).status, other).toBe(404);
    }
  }, 60_000);
});
