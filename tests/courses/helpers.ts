import { getDb } from "@/lib/db/client";
import type { TRole } from "@/lib/auth/roles";
import type { TActor } from "@/lib/courses/actor";
import { createCourse } from "@/lib/courses/create-course";
import { joinCourse } from "@/lib/courses/join-course";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { createProblemSet } from "@/lib/problem-sets/create-problem-set";
import type { TProblemSetInput } from "@/lib/problem-sets/problem-set-input";

let counter = 0;

/** The address joins come from in these tests (successful joins never count against it). */
export const TEST_ADDRESS = "192.0.2.1";

/**
 * A user with their learner, written directly (the accounts' sign-up is not what these tests
 * are about): the shape lib/http/current-user.ts hands to domain functions.
 */
export async function createUser(role: TRole = "learner", email?: string): Promise<TActor & { email: string }> {
  counter += 1;
  const address = email ?? `${role}-${counter}-${Date.now()}@example.test`;
  const db = getDb();
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email: address, passwordHash: "not-a-real-hash", role }, select: { id: true } });
    const learner = await tx.learner.create({ data: { userId: created.id }, select: { id: true } });
    return { id: created.id, learnerId: learner.id };
  });
  return { ...user, role, email: address };
}

/** A course of `owner` with these learners enrolled (through the join code, as in the app). */
export async function courseWith(owner: TActor, learners: TActor[] = [], title = "Course"): Promise<{ id: string; joinCode: string }> {
  const course = await createCourse({ actor: owner, input: { title } });
  for (const learner of learners) await joinCourse({ actor: learner, code: course.joinCode, address: TEST_ADDRESS });
  return course;
}

/** A published set in a course. */
export async function publishedSet(owner: TActor, courseId: string, input: TProblemSetInput): Promise<string> {
  const { id } = await createProblemSet({ actor: owner, courseId, input });
  await changeProblemSetStatus({ actor: owner, problemSetId: id, status: "published" });
  return id;
}

/**
 * A submission at a chosen time (recordSubmission stamps "now"), with per-test rows: `failed`
 * names hidden tests that failed. Progress is not touched.
 */
export async function addSubmission(options: {
  learnerId: string;
  slug: string;
  verdict?: string;
  at: Date;
  mistake?: string | null;
  failed?: string[];
  code?: string;
  failingCase?: string | null;
  /** Robustness checks passed of total (default 0 of 0: none). */
  robust?: { passed: number; total: number; mistake?: string };
}): Promise<string> {
  const failed = options.failed ?? [];
  const verdict = options.verdict ?? (failed.length === 0 ? "accepted" : "wrong_answer");
  const tests = [
    { name: "example 1", isHidden: false, status: "passed" },
    ...["hidden A", "hidden B", "hidden C"].map((name) => ({ name, isHidden: true, status: failed.includes(name) ? "failed" : "passed" })),
  ];
  const exercise = await getDb().exercise.findUniqueOrThrow({ where: { slug: options.slug }, select: { id: true } });
  const row = await getDb().submission.create({
    data: {
      learnerId: options.learnerId,
      exerciseId: exercise.id,
      code: options.code ?? `// ${verdict}`,
      verdict,
      passed: tests.filter((test) => test.status === "passed").length,
      total: tests.length,
      durationMs: 5,
      matchedMistakeId: options.mistake ?? null,
      robustPassed: options.robust?.passed ?? 0,
      robustTotal: options.robust?.total ?? 0,
      robustMistakeId: options.robust?.mistake ?? null,
      failingCase: options.failingCase ?? null,
      createdAt: options.at,
      tests: JSON.stringify(
        tests.map((test) => ({
          name: test.name,
          kind: test.isHidden ? "fixed" : "example",
          tier: "required",
          isHidden: test.isHidden,
          status: test.status,
          message: test.status === "passed" ? null : "worst at 0",
        })),
      ),
      failedHiddenTests: JSON.stringify(tests.filter((test) => test.isHidden && test.status !== "passed").map((test) => test.name)),
    },
    select: { id: true },
  });
  return row.id;
}

export const minutesAgo = (minutes: number, now = Date.now()) => new Date(now - minutes * 60_000);
export const minutesFromNow = (minutes: number, now = Date.now()) => new Date(now + minutes * 60_000);
