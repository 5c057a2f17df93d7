import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPasswordReset } from "@/lib/auth/check-password-reset";
import { issuePasswordReset } from "@/lib/auth/issue-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { syncExerciseIndex } from "@/lib/db/sync-exercise-index";
import { addCourseAssistant } from "@/lib/courses/add-course-assistant";
import { getTeachingCourse } from "@/lib/problem-sets/get-teaching-course";
import { importRoster } from "@/lib/courses/import-roster";
import { listTeachingCourses } from "@/lib/courses/list-teaching-courses";
import { parseRosterCsv } from "@/lib/courses/parse-roster-csv";
import { removeCourseAssistant } from "@/lib/courses/remove-course-assistant";
import { removeLearner } from "@/lib/courses/remove-learner";
import { updateCourse } from "@/lib/courses/update-course";
import { addSubmissionComment } from "@/lib/gradebook/add-submission-comment";
import { exportCourseGradebookCsv } from "@/lib/gradebook/export-course-gradebook-csv";
import { exportGradebookCsv } from "@/lib/gradebook/export-gradebook-csv";
import { getCourseGradebook } from "@/lib/gradebook/get-course-gradebook";
import { getGradebook } from "@/lib/gradebook/get-gradebook";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { getRegrade } from "@/lib/gradebook/get-regrade";
import { grantExtension } from "@/lib/gradebook/grant-extension";
import { overrideGrade } from "@/lib/gradebook/override-grade";
import { startRegrade } from "@/lib/gradebook/start-regrade";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { createProblemSet } from "@/lib/problem-sets/create-problem-set";
import { deleteProblemSet } from "@/lib/problem-sets/delete-problem-set";
import { duplicateProblemSet } from "@/lib/problem-sets/duplicate-problem-set";
import { getProblemSetForEditing } from "@/lib/problem-sets/get-problem-set-for-editing";
import { previewProblemSet } from "@/lib/problem-sets/preview-problem-set";
import { updateProblemSet } from "@/lib/problem-sets/update-problem-set";
import { getOwnProfile } from "@/lib/users/get-own-profile";
import { updateOwnProfile } from "@/lib/users/update-own-profile";
import { createUser as createAccount } from "@/lib/users/create-user";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { addSubmission, courseWith, createUser, minutesAgo, minutesFromNow, publishedSet } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await syncExerciseIndex(getExerciseCatalog());
});
afterAll(async () => {
  await database.cleanup();
});

/** The AppError code a call fails with, or "ok". */
async function outcome(call: () => Promise<unknown>): Promise<AppErrorCode | "ok"> {
  try {
    await call();
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

/** A course with a published set (softmax, sigmoid), one learner with a submission, and a TA (a learner account). */
async function classWithTa(taRole: "learner" | "instructor" = "learner") {
  const instructor = await createUser("instructor");
  const ada = await createUser("learner");
  const ta = await createUser(taRole);
  const course = await courseWith(instructor, [ada]);
  const setId = await publishedSet(instructor, course.id, { title: "Week 1", exerciseSlugs: ["softmax", "sigmoid"], dueAt: minutesFromNow(60).toISOString() });
  const submissionId = await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(5), failed: ["hidden A"] });
  // Graded against the current version: a regrade (which would need the grader) finds nothing to do.
  const { gradedHash } = await getDb().exercise.findUniqueOrThrow({ where: { slug: "softmax" }, select: { gradedHash: true } });
  await getDb().submission.update({ where: { id: submissionId }, data: { exerciseVersion: gradedHash } });
  await addCourseAssistant({ actor: instructor, courseId: course.id, input: { email: ta.email } });
  return { instructor, ada, ta, course, setId, submissionId };
}

describe("the TA role: every staff action, allowed or refused", () => {
  it.each(["learner", "instructor"] as const)(
    "a TA (account role %s) views, comments and grants extensions, and is refused everything else with forbidden",
    async (taRole) => {
      const { instructor, ada, ta, course, setId, submissionId } = await classWithTa(taRole);
      const other = await createUser("instructor");
      const otherCourse = await courseWith(other);
      const setInput = { title: "Week 2", exerciseSlugs: ["sigmoid"] };
      const actions: Record<string, { ta: AppErrorCode | "ok"; run: (actor: typeof ta) => Promise<unknown> }> = {
        "view the set gradebook": { ta: "ok", run: (actor) => getGradebook({ actor, problemSetId: setId }) },
        "view a learner's work": { ta: "ok", run: (actor) => getLearnerWork({ actor, problemSetId: setId, learnerId: ada.learnerId }) },
        "view the regrade status": { ta: "ok", run: (actor) => getRegrade({ actor, problemSetId: setId }) },
        "export the set CSV": { ta: "ok", run: (actor) => exportGradebookCsv({ actor, problemSetId: setId }) },
        "view the course gradebook": { ta: "ok", run: (actor) => getCourseGradebook({ actor, courseId: course.id }) },
        "export the course CSV": { ta: "ok", run: (actor) => exportCourseGradebookCsv({ actor, courseId: course.id }) },
        "view the course page": { ta: "ok", run: (actor) => getTeachingCourse({ actor, courseId: course.id }) },
        "preview the set": { ta: "ok", run: (actor) => previewProblemSet({ actor, problemSetId: setId }) },
        "comment on a submission": {
          ta: "ok",
          run: (actor) => addSubmissionComment({ actor, problemSetId: setId, input: { submissionId, body: "Check the empty input." } }),
        },
        "grant an extension": {
          ta: "ok",
          run: (actor) => grantExtension({ actor, problemSetId: setId, input: { learnerId: ada.learnerId, dueAt: minutesFromNow(600).toISOString() } }),
        },
        "override a grade": {
          ta: "forbidden",
          run: (actor) => overrideGrade({ actor, problemSetId: setId, input: { learnerId: ada.learnerId, exerciseSlug: "softmax", score: 1, reason: "r" } }),
        },
        "start a regrade": { ta: "forbidden", run: (actor) => startRegrade({ actor, problemSetId: setId }) },
        "open the set editor": { ta: "forbidden", run: (actor) => getProblemSetForEditing({ actor, problemSetId: setId }) },
        "edit the set (dates, policies)": {
          ta: "forbidden",
          run: (actor) => updateProblemSet({ actor, problemSetId: setId, input: { ...setInput, title: "Week 1" } }),
        },
        "unpublish the set": { ta: "forbidden", run: (actor) => changeProblemSetStatus({ actor, problemSetId: setId, status: "draft" }) },
        "create a set": { ta: "forbidden", run: (actor) => createProblemSet({ actor, courseId: course.id, input: setInput }) },
        "duplicate the set": {
          ta: "forbidden",
          run: (actor) => duplicateProblemSet({ actor, problemSetId: setId, input: { courseId: course.id, keepDates: false } }),
        },
        "edit the course": { ta: "forbidden", run: (actor) => updateCourse({ actor, courseId: course.id, input: { title: "Renamed" } }) },
        "import a roster": {
          ta: "forbidden",
          run: (actor) => importRoster({ actor, courseId: course.id, input: { csv: `${ada.email},Ada,1`, mode: "apply" } }),
        },
        "add a TA": { ta: "forbidden", run: (actor) => addCourseAssistant({ actor, courseId: course.id, input: { email: other.email } }) },
        "remove a TA": { ta: "forbidden", run: (actor) => removeCourseAssistant({ actor, courseId: course.id, userId: actor.id }) },
        "remove a learner": { ta: "forbidden", run: (actor) => removeLearner({ actor, courseId: course.id, learnerId: ada.learnerId }) },
      };
      for (const [name, action] of Object.entries(actions)) {
        expect.soft(await outcome(() => action.run(ta)), `TA: ${name}`).toBe(action.ta);
        // Another course's instructor learns nothing (not_found); a learner of the course is refused.
        expect.soft(await outcome(() => action.run(other)), `other instructor: ${name}`).toBe("not_found");
        expect.soft(await outcome(() => action.run(ada)), `learner: ${name}`).toBe("forbidden");
      }
      // The TA's own refusal changed nothing; the instructor may do all of it (the destructive ones last).
      expect((await getProblemSetForEditing({ actor: instructor, problemSetId: setId })).status).toBe("published");
      for (const [name, action] of Object.entries(actions)) {
        if (name === "remove a TA" || name === "remove a learner") continue;
        // "conflict" for the regrade: past the permission check, nothing is outdated.
        expect.soft(await outcome(() => action.run(instructor)), `instructor: ${name}`).toBe(name === "start a regrade" ? "conflict" : "ok");
      }
      // A TA's extension and comment are real: the learner's due date moved and the comment is stored.
      const row = (await getGradebook({ actor: instructor, problemSetId: setId })).rows[0];
      expect(row.extension).not.toBeNull();
      expect(await getDb().submissionComment.count({ where: { submissionId, authorId: ta.id } })).toBe(1);
      // The gradebook tells the page who is looking, so it can hide the controls.
      expect((await getGradebook({ actor: ta, problemSetId: setId })).viewerRole).toBe("ta");
      expect((await getGradebook({ actor: instructor, problemSetId: setId })).viewerRole).toBe("instructor");
      // The TA lists the course on /teach (marked as assisting); off the staff, they lose every access.
      expect((await listTeachingCourses({ actor: ta })).map((c) => [c.id, c.isAssisting])).toEqual([[course.id, true]]);
      await removeCourseAssistant({ actor: instructor, courseId: course.id, userId: ta.id });
      expect(await outcome(() => getGradebook({ actor: ta, problemSetId: setId }))).toBe(taRole === "learner" ? "forbidden" : "not_found");
      expect(await outcome(() => listTeachingCourses({ actor: ta }))).toBe(taRole === "learner" ? "forbidden" : "ok");
      void otherCourse;
    },
  );

  it("adds TAs by an existing account's email only, never the owner, and twice is once", async () => {
    const instructor = await createUser("instructor");
    const ta = await createUser("learner");
    const course = await courseWith(instructor);
    expect(await outcome(() => addCourseAssistant({ actor: instructor, courseId: course.id, input: { email: "nobody@example.test" } }))).toBe("not_found");
    expect(await outcome(() => addCourseAssistant({ actor: instructor, courseId: course.id, input: { email: "not an email" } }))).toBe("invalid_input");
    expect(await outcome(() => addCourseAssistant({ actor: instructor, courseId: course.id, input: { email: instructor.email } }))).toBe("invalid_input");
    await addCourseAssistant({ actor: instructor, courseId: course.id, input: { email: ta.email.toUpperCase() } });
    await addCourseAssistant({ actor: instructor, courseId: course.id, input: { email: ta.email } });
    expect((await getTeachingCourse({ actor: instructor, courseId: course.id })).assistants.map((a) => a.email)).toEqual([ta.email]);
    expect(await outcome(() => removeCourseAssistant({ actor: instructor, courseId: course.id, userId: instructor.id }))).toBe("not_found");
  });
});

describe("profiles", () => {
  it("a person edits only their own name and student id; bad input changes nothing", async () => {
    const ada = await createUser("learner");
    const ben = await createUser("learner");
    await updateOwnProfile({ actor: ada, input: { displayName: "  Ada Lovelace ", studentId: "S-001", userId: ben.id } });
    expect(await getOwnProfile({ actor: ada })).toMatchObject({ displayName: "Ada Lovelace", studentId: "S-001" });
    expect(await getOwnProfile({ actor: ben })).toMatchObject({ displayName: null, studentId: null });
    expect(await outcome(() => updateOwnProfile({ actor: ada, input: { displayName: "x".repeat(101), studentId: "" } }))).toBe("invalid_input");
    expect(await outcome(() => updateOwnProfile({ actor: ada, input: { displayName: "Ada\u0000", studentId: "" } }))).toBe("invalid_input");
    expect(await getOwnProfile({ actor: ada })).toMatchObject({ displayName: "Ada Lovelace", studentId: "S-001" });
    // Empty clears.
    await updateOwnProfile({ actor: ada, input: { displayName: "Ada Lovelace", studentId: " " } });
    expect(await getOwnProfile({ actor: ada })).toMatchObject({ studentId: null });
  });
});

describe("roster import", () => {
  it("parses quoted fields, a header in any order, semicolons, and reports bad rows by line", () => {
    const csv =
      '\uFEFFStudent ID,Email,Name\r\nS1,ada@uni.test,"Lovelace, Ada"\r\n\r\nS2,not-an-email,Ben\r\n,"ada@uni.test",Again\r\nS3,cy@uni.test,"Cy\nMultiline"\r\nS4,dee@uni.test,Dee,extra\r\n';
    const { rows, problems } = parseRosterCsv(csv);
    expect(rows).toEqual([{ line: 2, email: "ada@uni.test", displayName: "Lovelace, Ada", studentId: "S1" }]);
    expect(problems.map((problem) => problem.line)).toEqual([4, 5, 6, 8]);
    expect(problems[0].message).toContain("not-an-email");
    expect(problems[1].message).toContain("line 2");
    expect(problems[2].message).toContain("control characters");
    expect(problems[3].message).toContain("Too many columns");
    expect(parseRosterCsv("a@b.test;Ann;7").rows).toEqual([{ line: 1, email: "a@b.test", displayName: "Ann", studentId: "7" }]);
    expect(parseRosterCsv("name,student id\nAnn,7").problems[0]).toMatchObject({ line: 1 });
  });

  it("previews, lists unknown emails, refuses to apply while a row is bad, then applies all at once", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser("learner");
    const ben = await createUser("learner");
    const outsider = await createUser("learner");
    const course = await courseWith(instructor, [ada, ben]);
    await updateOwnProfile({ actor: ben, input: { displayName: "Benjamin", studentId: "B-9" } });
    const good = [`${ada.email},Ada Lovelace,S-001`, `${ben.email},,B-10`, `${outsider.email},Mallory,X`, "ghost@uni.test,Ghost,G"];
    const bad = [...good, "broken-row,Name,1"].join("\n");

    const preview = await importRoster({ actor: instructor, courseId: course.id, input: { csv: bad, mode: "preview" } });
    expect(preview.applied).toBe(false);
    expect(preview.problems).toEqual([{ line: 5, message: '"broken-row" is not an email address.' }]);
    expect(preview.unknown.map((row) => [row.line, row.email])).toEqual([
      [3, outsider.email],
      [4, "ghost@uni.test"],
    ]);
    expect(preview.matched.map((row) => [row.line, row.displayName, row.studentId])).toEqual([
      [1, { from: null, to: "Ada Lovelace" }, { from: null, to: "S-001" }],
      [2, { from: "Benjamin", to: null }, { from: "B-9", to: "B-10" }],
    ]);
    // Nothing is half-applied: a bad row refuses the whole file.
    const refused = await importRoster({ actor: instructor, courseId: course.id, input: { csv: bad, mode: "apply" } }).catch((error: unknown) => error);
    expect(isAppError(refused, "invalid_input") && refused.message).toContain("line 5");
    expect(await getOwnProfile({ actor: ada })).toMatchObject({ displayName: null, studentId: null });

    const applied = await importRoster({ actor: instructor, courseId: course.id, input: { csv: good.join("\n"), mode: "apply" } });
    expect(applied.applied).toBe(true);
    expect(await getOwnProfile({ actor: ada })).toMatchObject({ displayName: "Ada Lovelace", studentId: "S-001" });
    expect(await getOwnProfile({ actor: ben })).toMatchObject({ displayName: "Benjamin", studentId: "B-10" });
    // Someone outside the course is never renamed by its instructor.
    expect(await getOwnProfile({ actor: outsider })).toMatchObject({ displayName: null, studentId: null });
    // The gradebook shows the names.
    const setId = await publishedSet(instructor, course.id, { title: "W", exerciseSlugs: ["sigmoid"] });
    expect((await getGradebook({ actor: instructor, problemSetId: setId })).rows.map((row) => row.displayName).sort()).toEqual(["Ada Lovelace", "Benjamin"]);
    expect(await outcome(() => importRoster({ actor: instructor, courseId: course.id, input: { csv: "\n\n", mode: "preview" } }))).toBe("invalid_input");
  });
});

describe("password reset links", () => {
  async function account() {
    const email = `reset-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
    await createAccount({ email, password: "the old password" });
    return email;
  }
  const tokenOf = (path: string) => path.replace("/reset-password/", "");

  it("only an admin issues one; it is stored hashed, works once, and signs every browser out", async () => {
    const admin = await createUser("admin");
    const instructor = await createUser("instructor");
    const email = await account();
    expect(await outcome(() => issuePasswordReset({ actor: instructor, email }))).toBe("forbidden");
    expect(await outcome(() => issuePasswordReset({ actor: admin, email: "ghost@example.test" }))).toBe("not_found");
    const session = await signIn({ email, password: "the old password", address: "192.0.2.9", anonymousToken: null });
    const link = await issuePasswordReset({ actor: admin, email });
    const token = tokenOf(link.path);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await getDb().passwordResetToken.findMany({ where: { user: { email } } });
    expect(rows).toHaveLength(1);
    expect(rows[0].id).not.toContain(token);
    expect(rows[0].issuedById).toBe(admin.id);
    expect(await checkPasswordReset({ token })).toEqual({ email });

    expect(await outcome(() => resetPassword({ token, password: "short" }))).toBe("invalid_input");
    expect(await checkPasswordReset({ token })).toEqual({ email }); // a refused password does not spend the link
    await resetPassword({ token, password: "a brand new passphrase" });
    expect(await getDb().session.count({ where: { id: { not: "" }, user: { email } } })).toBe(0);
    void session;
    expect(await outcome(() => signIn({ email, password: "the old password", address: "192.0.2.9", anonymousToken: null }))).toBe("unauthenticated");
    expect(await outcome(() => signIn({ email, password: "a brand new passphrase", address: "192.0.2.9", anonymousToken: null }))).toBe("ok");
    // Single use.
    expect(await checkPasswordReset({ token })).toBeNull();
    expect(await outcome(() => resetPassword({ token, password: "another new passphrase" }))).toBe("invalid_input");
  });

  it("expires, and a newer link voids the older one", async () => {
    const email = await account();
    const issuedAt = new Date("2026-12-01T10:00:00Z");
    const old = tokenOf((await issuePasswordReset({ actor: null, email, now: issuedAt })).path);
    const newer = tokenOf((await issuePasswordReset({ actor: null, email, now: issuedAt })).path);
    expect(await outcome(() => resetPassword({ token: old, password: "a brand new passphrase", now: issuedAt }))).toBe("invalid_input");
    const dayLater = new Date(issuedAt.getTime() + 24 * 3600_000 + 1000);
    expect(await checkPasswordReset({ token: newer, now: dayLater })).toBeNull();
    expect(await outcome(() => resetPassword({ token: newer, password: "a brand new passphrase", now: dayLater }))).toBe("invalid_input");
    expect(await outcome(() => resetPassword({ token: newer, password: "a brand new passphrase", now: new Date(issuedAt.getTime() + 3600_000) }))).toBe("ok");
    expect(await outcome(() => resetPassword({ token: "../../etc", password: "a brand new passphrase" }))).toBe("invalid_input");
  });
});

describe("instructor preview and duplicating a set", () => {
  it("previews a draft as learners will see it, with the viewer's own standings", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser("learner");
    const course = await courseWith(instructor, [ada]);
    const { id } = await createProblemSet({
      actor: instructor,
      courseId: course.id,
      input: { title: "Draft", exerciseSlugs: ["sigmoid", "softmax"], itemPoints: { softmax: 3 } },
    });
    await addSubmission({ learnerId: instructor.learnerId, slug: "sigmoid", at: minutesAgo(1) });
    await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(1) });
    const preview = await previewProblemSet({ actor: instructor, problemSetId: id });
    expect(preview.status).toBe("draft");
    expect(preview.set.exercises.map((exercise) => [exercise.slug, exercise.standing.status, exercise.score.points])).toEqual([
      ["sigmoid", "accepted", 1],
      ["softmax", "not_started", 3],
    ]);
    expect(await outcome(() => previewProblemSet({ actor: ada, problemSetId: id }))).toBe("forbidden");
  });

  it("copies items, points and rules (never learner work) to this or another own course, dates cleared or kept", async () => {
    const instructor = await createUser("instructor");
    const ada = await createUser("learner");
    const course = await courseWith(instructor, [ada]);
    const nextTerm = await courseWith(instructor, [], "Next term");
    const stranger = await courseWith(await createUser("instructor"), [], "Someone else's");
    const opensAt = minutesAgo(60).toISOString();
    const dueAt = minutesFromNow(60).toISOString();
    const setId = await publishedSet(instructor, course.id, {
      title: "Week 1",
      description: "Numerics",
      exerciseSlugs: ["softmax", "sigmoid"],
      itemPoints: { softmax: 2 },
      opensAt,
      dueAt,
      revealFailingCase: "after_due",
      submitIntervalSeconds: 20,
      scoring: "partial",
      latePolicy: "penalty",
      latePenaltyPercent: 25,
    });
    await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(5) });
    await grantExtension({ actor: instructor, problemSetId: setId, input: { learnerId: ada.learnerId, dueAt: minutesFromNow(600).toISOString() } });

    const same = await duplicateProblemSet({ actor: instructor, problemSetId: setId, input: { courseId: course.id, keepDates: false } });
    const other = await duplicateProblemSet({
      actor: instructor,
      problemSetId: setId,
      input: { courseId: nextTerm.id, keepDates: true, title: "Week 1 (2027)" },
    });
    const original = await getProblemSetForEditing({ actor: instructor, problemSetId: setId });
    const copySame = await getProblemSetForEditing({ actor: instructor, problemSetId: same.id });
    const copyOther = await getProblemSetForEditing({ actor: instructor, problemSetId: other.id });
    const rules = (set: typeof original) => ({
      description: set.description,
      exerciseSlugs: set.exerciseSlugs,
      itemPoints: set.itemPoints,
      revealFailingCase: set.revealFailingCase,
      submitIntervalSeconds: set.submitIntervalSeconds,
      scoring: set.scoring,
      latePolicy: set.latePolicy,
      latePenaltyPercent: set.latePenaltyPercent,
    });
    expect(rules(copySame)).toEqual(rules(original));
    expect(rules(copyOther)).toEqual(rules(original));
    expect(copySame).toMatchObject({ title: "Week 1 (copy)", status: "draft", opensAt: null, dueAt: null });
    expect(copyOther).toMatchObject({
      title: "Week 1 (2027)",
      status: "draft",
      opensAt: new Date(opensAt),
      dueAt: new Date(dueAt),
      course: { id: nextTerm.id },
    });
    // No learner work travels: no extension, and the copy's gradebook (once published) is empty of attempts.
    expect(await getDb().dueDateExtension.count({ where: { problemSetId: { in: [same.id, other.id] } } })).toBe(0);
    await changeProblemSetStatus({ actor: instructor, problemSetId: same.id, status: "published" });
    const row = (await getGradebook({ actor: instructor, problemSetId: same.id })).rows[0];
    expect(row.extension).toBeNull();
    // The original is untouched.
    expect((await getProblemSetForEditing({ actor: instructor, problemSetId: setId })).status).toBe("published");
    // Into a course the instructor does not teach: not_found, and nothing created.
    const before = await getDb().problemSet.count();
    expect(await outcome(() => duplicateProblemSet({ actor: instructor, problemSetId: setId, input: { courseId: stranger.id, keepDates: false } }))).toBe(
      "not_found",
    );
    expect(await getDb().problemSet.count()).toBe(before);
    // A deleted draft copy goes alone.
    await deleteProblemSet({ actor: instructor, problemSetId: other.id });
    expect(await getDb().problemSetItem.count({ where: { problemSetId: setId } })).toBe(2);
  });
});
