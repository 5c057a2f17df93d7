import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeLearner } from "@/lib/courses/remove-learner";
import { getDb } from "@/lib/db/client";
import { exportGradebookCsv } from "@/lib/gradebook/export-gradebook-csv";
import { median } from "@/lib/gradebook/exercise-statistics";
import { DEFAULT_VIEW, filterGradebookRows } from "@/lib/gradebook/filter-gradebook-rows";
import { getGradebook } from "@/lib/gradebook/get-gradebook";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { gradebookToCsv, protectCell } from "@/lib/gradebook/gradebook-csv";
import { changeProblemSetStatus } from "@/lib/problem-sets/change-problem-set-status";
import { seedExercises, useTestDatabase, type TestDatabase } from "../db/helpers";
import { parseCsv } from "./csv";
import { addSubmission, courseWith, createUser, minutesAgo, publishedSet } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  // "softmax" has real mistake titles in the catalog (exercises/ml-math/softmax/exercise.json).
  await seedExercises("softmax", "sigmoid", "relu");
});
afterAll(() => database.cleanup());

/** Three learners on a set of three exercises, due an hour ago. */
async function classroom() {
  const instructor = await createUser("instructor");
  const ada = await createUser("learner", `ada-${Date.now()}@example.test`);
  const ben = await createUser("learner", `ben-${Date.now()}@example.test`);
  const cy = await createUser("learner", `=cy-${Date.now()}@example.test`);
  const course = await courseWith(instructor, [ada, ben, cy]);
  const setId = await publishedSet(instructor, course.id, {
    title: "Week 1: softmax & co",
    exerciseSlugs: ["softmax", "sigmoid", "relu"],
    dueAt: minutesAgo(60).toISOString(),
  });
  // ada: softmax in 2 (no-max-shift first), sigmoid in 1; ben: softmax in 3 (late), relu attempted; cy: nothing.
  await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(200), failed: ["hidden A", "hidden B"], mistake: "no-max-shift" });
  await addSubmission({ learnerId: ada.learnerId, slug: "softmax", at: minutesAgo(190) });
  await addSubmission({ learnerId: ada.learnerId, slug: "sigmoid", at: minutesAgo(180) });
  await addSubmission({ learnerId: ben.learnerId, slug: "softmax", at: minutesAgo(100), failed: ["hidden A"], mistake: "no-max-shift" });
  await addSubmission({ learnerId: ben.learnerId, slug: "softmax", at: minutesAgo(50), failed: ["hidden A"], mistake: "no-normalisation" });
  await addSubmission({ learnerId: ben.learnerId, slug: "softmax", at: minutesAgo(40), code: "export const solved = true;" });
  await addSubmission({ learnerId: ben.learnerId, slug: "relu", at: minutesAgo(30), failed: ["hidden C"], verdict: "runtime_error" });
  return { instructor, ada, ben, cy, course, setId };
}

describe("getGradebook", () => {
  it("builds the learners x exercises matrix with totals and per-exercise statistics", async () => {
    const { instructor, ada, ben, cy, setId } = await classroom();
    const gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(gradebook.problemSet).toMatchObject({ id: setId, status: "published", countedUntil: null });
    expect(gradebook.exercises.map((exercise) => exercise.slug)).toEqual(["softmax", "sigmoid", "relu"]);
    expect(gradebook.rows.map((row) => row.email)).toEqual([cy.email, ada.email, ben.email]); // by email ("=" sorts first)

    const row = (email: string) => gradebook.rows.find((candidate) => candidate.email === email)!;
    expect(row(ada.email)).toMatchObject({ solvedCount: 2, attempts: 3, lateCount: 0 });
    expect(row(ada.email).cells.map((cell) => cell.status)).toEqual(["accepted", "accepted", "not_started"]);
    expect(row(ben.email)).toMatchObject({ solvedCount: 1, attempts: 4, lateCount: 1 });
    expect(row(ben.email).cells[0]).toMatchObject({ status: "accepted", isLate: true, attemptsToSolve: 3, firstAcceptedAt: expect.any(Date) });
    expect(row(ben.email).cells[2]).toMatchObject({ status: "attempted", attempts: 1 });
    expect(row(cy.email)).toMatchObject({ solvedCount: 0, attempts: 0 });

    const [softmax, sigmoid, relu] = gradebook.exercises.map((exercise) => exercise.statistics);
    expect(softmax).toEqual({
      learnerCount: 3,
      acceptedCount: 2,
      attemptedCount: 0,
      passRate: 2 / 3,
      medianAttemptsToSolve: 2.5,
      failedHiddenTests: [
        { name: "hidden A", count: 3 },
        { name: "hidden B", count: 1 },
      ],
      mistakes: [
        { id: "no-max-shift", title: "No max shift: exp overflows", submissions: 2, learners: 2 },
        { id: "no-normalisation", title: "Exponentials not normalised", submissions: 1, learners: 1 },
      ],
    });
    expect(sigmoid).toMatchObject({ acceptedCount: 1, passRate: 1 / 3, medianAttemptsToSolve: 1, failedHiddenTests: [], mistakes: [] });
    expect(relu).toMatchObject({
      acceptedCount: 0,
      attemptedCount: 1,
      passRate: 0,
      medianAttemptsToSolve: null,
      failedHiddenTests: [{ name: "hidden C", count: 1 }],
    });
  });

  it("lists only current members and, once closed, counts submissions until the close", async () => {
    const { instructor, ada, cy, course, setId } = await classroom();
    await removeLearner({ actor: instructor, courseId: course.id, learnerId: ada.learnerId });
    await changeProblemSetStatus({ actor: instructor, problemSetId: setId, status: "closed" });
    await addSubmission({ learnerId: cy.learnerId, slug: "relu", at: new Date(Date.now() + 1000) });
    const gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(gradebook.problemSet.countedUntil).toEqual(expect.any(Date));
    expect(gradebook.rows.map((row) => row.email)).not.toContain(ada.email);
    expect(gradebook.rows.find((row) => row.email === cy.email)).toMatchObject({ solvedCount: 0, attempts: 0 });
    expect(gradebook.exercises[0].statistics.learnerCount).toBe(2);

    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: cy.learnerId });
    expect(work.exercises[2].submissions).toEqual([expect.objectContaining({ verdict: "accepted", isCounted: false, isLate: true })]);
    expect(work.exercises[2].standing.status).toBe("not_started");
  });

  it("is for the course's owner and admins only", async () => {
    const { ada, setId } = await classroom();
    const stranger = await createUser("instructor");
    const admin = await createUser("admin");
    await expect(getGradebook({ actor: ada, problemSetId: setId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getGradebook({ actor: stranger, problemSetId: setId })).rejects.toMatchObject({ code: "not_found" });
    await expect(exportGradebookCsv({ actor: ada, problemSetId: setId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportGradebookCsv({ actor: stranger, problemSetId: setId })).rejects.toMatchObject({ code: "not_found" });
    expect((await getGradebook({ actor: admin, problemSetId: setId })).rows).toHaveLength(3);
  });
});

describe("a set that requires robustness", () => {
  it("counts an item solved only from an accepted and robust submission, and lists robustness mistakes with the others", async () => {
    const instructor = await createUser("instructor");
    const dee = await createUser("learner", `dee-${Date.now()}@example.test`);
    const course = await courseWith(instructor, [dee]);
    const setId = await publishedSet(instructor, course.id, { title: "Robust week", exerciseSlugs: ["softmax", "sigmoid"], requireRobust: true });
    await addSubmission({ learnerId: dee.learnerId, slug: "softmax", at: minutesAgo(30), robust: { passed: 4, total: 8, mistake: "no-logit-validation" } });
    await addSubmission({ learnerId: dee.learnerId, slug: "sigmoid", at: minutesAgo(20), robust: { passed: 2, total: 2 } });
    let gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(gradebook.problemSet.requireRobust).toBe(true);
    expect(gradebook.rows[0].cells.map((cell) => [cell.status, cell.isRobust])).toEqual([
      ["attempted", false],
      ["accepted", true],
    ]);
    expect(gradebook.rows[0].solvedCount).toBe(1);
    expect(gradebook.exercises[0].statistics.mistakes.map((mistake) => mistake.id)).toEqual(["no-logit-validation"]);

    await addSubmission({ learnerId: dee.learnerId, slug: "softmax", at: minutesAgo(10), robust: { passed: 8, total: 8 } });
    gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    expect(gradebook.rows[0].cells[0]).toMatchObject({ status: "accepted", isRobust: true, attemptsToSolve: 2 });
    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: dee.learnerId });
    expect(work.exercises[0].submissions.map((submission) => [submission.robustPassed, submission.robustTotal, submission.robustMistake?.id ?? null])).toEqual([
      [8, 8, null],
      [4, 8, "no-logit-validation"],
    ]);
  });
});

describe("getLearnerWork", () => {
  it("shows the instructor every submission with code, verdict, late flag, mistake and per-test results", async () => {
    const { instructor, ben, setId } = await classroom();
    const work = await getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: ben.learnerId });
    expect(work.learner).toEqual({ id: ben.learnerId, email: ben.email, displayName: null, studentId: null });
    const softmax = work.exercises[0];
    expect(softmax.standing).toMatchObject({ status: "accepted", attempts: 3, isLate: true });
    expect(softmax.submissions.map((submission) => [submission.verdict, submission.isLate])).toEqual([
      ["accepted", true],
      ["wrong_answer", true],
      ["wrong_answer", false],
    ]);
    expect(softmax.submissions[0]).toMatchObject({ code: "export const solved = true;", isCounted: true, mistake: null });
    expect(softmax.submissions[1].mistake).toEqual({ id: "no-normalisation", title: "Exponentials not normalised" });
    expect(softmax.submissions[1].tests).toEqual([
      { name: "example 1", kind: "example", tier: "required", isHidden: false, status: "passed", message: null },
      { name: "hidden A", kind: "fixed", tier: "required", isHidden: true, status: "failed", message: "worst at 0" },
      { name: "hidden B", kind: "fixed", tier: "required", isHidden: true, status: "passed", message: null },
      { name: "hidden C", kind: "fixed", tier: "required", isHidden: true, status: "passed", message: null },
    ]);
  });

  it("refuses learners, other instructors, and learners outside the course", async () => {
    const { instructor, ada, ben, setId } = await classroom();
    const stranger = await createUser("instructor");
    const outsider = await createUser("learner");
    await expect(getLearnerWork({ actor: ada, problemSetId: setId, learnerId: ben.learnerId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getLearnerWork({ actor: stranger, problemSetId: setId, learnerId: ben.learnerId })).rejects.toMatchObject({ code: "not_found" });
    await expect(getLearnerWork({ actor: instructor, problemSetId: setId, learnerId: outsider.learnerId })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("filterGradebookRows", () => {
  it("filters by email and status, and sorts", async () => {
    const { instructor, ada, ben, cy, setId } = await classroom();
    const { rows } = await getGradebook({ actor: instructor, problemSetId: setId });
    const emails = (view: Partial<typeof DEFAULT_VIEW>) => filterGradebookRows([...rows], { ...DEFAULT_VIEW, ...view }).map((row) => row.email);
    expect(emails({})).toEqual([cy.email, ada.email, ben.email]);
    expect(emails({ descending: true })).toEqual([ben.email, ada.email, cy.email]);
    expect(emails({ sort: "solved", descending: true })).toEqual([ada.email, ben.email, cy.email]);
    expect(emails({ sort: "attempts" })).toEqual([cy.email, ada.email, ben.email]);
    expect(emails({ query: "BEN-" })).toEqual([ben.email]);
    expect(emails({ status: "late" })).toEqual([ben.email]);
    expect(emails({ status: "attempted" })).toEqual([ben.email]);
    expect(emails({ status: "not_started", exerciseIndex: 0 })).toEqual([cy.email]);
    expect(emails({ status: "accepted", exerciseIndex: 1 })).toEqual([ada.email]);
  });
});

describe("the CSV export", () => {
  it("opens in a spreadsheet: BOM, CRLF, quoting, formulas neutralised, the scores, attempts, times and late flags of the matrix", async () => {
    const { instructor, ada, ben, cy, setId } = await classroom();
    await getDb().user.update({ where: { id: ada.id }, data: { displayName: "Ada Lovelace", studentId: "S-001" } });
    const { filename, csv } = await exportGradebookCsv({ actor: instructor, problemSetId: setId });
    expect(filename).toBe("gradebook-week-1-softmax-co.csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5); // header, 3 learners, final CRLF
    expect(csv.replace(/\r\n/g, "")).not.toContain("\n");
    const records = parseCsv(csv.slice(1));
    const perExercise = (title: string) => [`${title}: score (of 1)`, `${title}: attempts`, `${title}: first accepted (UTC)`, `${title}: late`];
    expect(records[0]).toEqual([
      "Name",
      "Email",
      "Student ID",
      ...perExercise("Exercise softmax"),
      ...perExercise("Exercise sigmoid"),
      ...perExercise("Exercise relu"),
      "Total (of 3)",
    ]);
    const gradebook = await getGradebook({ actor: instructor, problemSetId: setId });
    const firstAccepted = (email: string, index: number) => {
      const at = gradebook.rows.find((row) => row.email === email)!.cells[index].firstAcceptedAt!;
      expect(at).toBeInstanceOf(Date);
      return `${at.toISOString().slice(0, 19)}Z`;
    };
    expect(records.slice(1)).toEqual([
      ["", `'${cy.email}`, "", "0", "0", "", "no", "0", "0", "", "no", "0", "0", "", "no", "0"],
      ["Ada Lovelace", ada.email, "S-001", "1", "2", firstAccepted(ada.email, 0), "no", "1", "1", firstAccepted(ada.email, 1), "no", "0", "0", "", "no", "2"],
      ["", ben.email, "", "1", "3", firstAccepted(ben.email, 0), "yes", "0", "0", "", "no", "0", "1", "", "no", "1"],
    ]);
    expect(csv).toContain(`"'=cy-`);
  });

  it("quotes commas, quotes and line breaks, and prefixes every formula trigger", async () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", "plain"].map(protectCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "a=b",
      "plain",
    ]);
    const csv = gradebookToCsv({
      problemSet: {
        id: "p",
        title: "t",
        status: "published",
        opensAt: null,
        dueAt: null,
        requireRobust: false,
        rules: { scoring: "all_or_nothing", latePolicy: "accept", latePenaltyPercent: 0, requireRobust: false },
        maxScore: 2,
        countedUntil: null,
        course: { id: "c", title: "c" },
      },
      exercises: [{ slug: "x", title: 'Comma, "quote"\nnewline', difficulty: "easy", points: 2, statistics: {} as never }],
      rows: [],
    });
    expect(csv).toBe(
      '\uFEFFName,Email,Student ID,"Comma, ""quote""\nnewline: score (of 2)","Comma, ""quote""\nnewline: attempts","Comma, ""quote""\nnewline: first accepted (UTC)","Comma, ""quote""\nnewline: late",Total (of 2)\r\n',
    );
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([3])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
