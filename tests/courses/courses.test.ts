import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createCourse } from "@/lib/courses/create-course";
import { findCourseByCode } from "@/lib/courses/find-course-by-code";
import { getLearnerCourse } from "@/lib/problem-sets/get-learner-course";
import { getTeachingCourse } from "@/lib/problem-sets/get-teaching-course";
import { JOIN_CODE_ALPHABET, createJoinCode, formatJoinCode, normalizeJoinCode } from "@/lib/courses/join-code";
import { joinCourse } from "@/lib/courses/join-course";
import { leaveCourse } from "@/lib/problem-sets/leave-course";
import { listLearnerCourses } from "@/lib/courses/list-learner-courses";
import { listTeachingCourses } from "@/lib/courses/list-teaching-courses";
import { removeLearner } from "@/lib/courses/remove-learner";
import { updateCourse } from "@/lib/courses/update-course";
import { seedExercises, useTestDatabase, type TestDatabase } from "../db/helpers";
import { TEST_ADDRESS, courseWith, createUser, publishedSet } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises("softmax", "sigmoid");
});
afterAll(() => database.cleanup());

describe("join codes", () => {
  it("are 8 characters of an alphabet without look-alikes", () => {
    for (let index = 0; index < 200; index++) {
      const code = createJoinCode();
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
      expect(code).not.toMatch(/[01OIL]/);
      expect([...code].every((character) => JOIN_CODE_ALPHABET.includes(character))).toBe(true);
    }
  });

  it("are read back from what people type, and refuse anything else", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ABCD EFGH")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ABCDEFG0")).toBeNull(); // zero is not in the alphabet
    expect(normalizeJoinCode("ABC")).toBeNull();
    expect(normalizeJoinCode("'; DROP TABLE")).toBeNull();
    expect(formatJoinCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });
});

describe("createCourse", () => {
  it("lets instructors and admins create courses with unique codes", async () => {
    const instructor = await createUser("instructor");
    const admin = await createUser("admin");
    const codes = new Set<string>();
    for (let index = 0; index < 20; index++) codes.add((await createCourse({ actor: instructor, input: { title: `C${index}` } })).joinCode);
    codes.add((await createCourse({ actor: admin, input: { title: "Admin's", description: "  trimmed  " } })).joinCode);
    expect(codes.size).toBe(21);
    const [own] = await listTeachingCourses({ actor: admin });
    expect(own).toMatchObject({ title: "Admin's", description: "trimmed", isOwn: true, learnerCount: 0, problemSetCount: 0 });
  });

  it("refuses learners, empty titles and oversized fields", async () => {
    const learner = await createUser("learner");
    const instructor = await createUser("instructor");
    await expect(createCourse({ actor: learner, input: { title: "Mine" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createCourse({ actor: instructor, input: { title: "   " } })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createCourse({ actor: instructor, input: { title: "x".repeat(121) } })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createCourse({ actor: instructor, input: { title: "ok", description: "x".repeat(5001) } })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("description"),
    });
    expect(await createCourse({ actor: instructor, input: { title: "x".repeat(120), description: "x".repeat(5000) } })).toHaveProperty("id");
  });
});

describe("who manages a course", () => {
  it("an instructor sees and manages only their own courses; an admin all of them", async () => {
    const alice = await createUser("instructor");
    const bob = await createUser("instructor");
    const admin = await createUser("admin");
    const learner = await createUser("learner");
    const aliceCourse = await courseWith(alice, [learner], "Alice's");
    const bobCourse = await courseWith(bob, [], "Bob's");

    expect((await listTeachingCourses({ actor: alice })).map((course) => course.title)).toEqual(["Alice's"]);
    const adminView = await listTeachingCourses({ actor: admin });
    expect(adminView.map((course) => course.id)).toEqual(expect.arrayContaining([aliceCourse.id, bobCourse.id]));
    expect(adminView.find((course) => course.id === aliceCourse.id)).toMatchObject({ isOwn: false, ownerEmail: alice.email, learnerCount: 1 });

    await expect(getTeachingCourse({ actor: bob, courseId: aliceCourse.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getTeachingCourse({ actor: learner, courseId: aliceCourse.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listTeachingCourses({ actor: learner })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateCourse({ actor: bob, courseId: aliceCourse.id, input: { title: "Hijacked" } })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeLearner({ actor: bob, courseId: aliceCourse.id, learnerId: learner.learnerId })).rejects.toMatchObject({ code: "not_found" });
    await expect(getTeachingCourse({ actor: alice, courseId: "no-such-course" })).rejects.toMatchObject({ code: "not_found" });

    await updateCourse({ actor: admin, courseId: aliceCourse.id, input: { title: "Renamed", description: "New" } });
    const course = await getTeachingCourse({ actor: alice, courseId: aliceCourse.id });
    expect(course).toMatchObject({ title: "Renamed", description: "New", joinCode: aliceCourse.joinCode, ownerEmail: alice.email });
    expect(course.learners).toEqual([{ learnerId: learner.learnerId, email: learner.email, displayName: null, studentId: null, joinedAt: expect.any(Date) }]);
  });
});

describe("joining and leaving", () => {
  it("joins with the code in any spelling, once, and leaves", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id, joinCode } = await courseWith(instructor, [], "Linear algebra");
    const typed = formatJoinCode(joinCode).toLowerCase();

    expect(await findCourseByCode({ code: typed, learnerId: learner.learnerId })).toMatchObject({ id, title: "Linear algebra", isEnrolled: false });
    expect(await joinCourse({ actor: learner, code: typed, address: TEST_ADDRESS })).toEqual({ courseId: id, title: "Linear algebra", isNew: true });
    expect(await joinCourse({ actor: learner, code: joinCode, address: TEST_ADDRESS })).toMatchObject({ isNew: false });
    expect(await findCourseByCode({ code: joinCode, learnerId: learner.learnerId })).toMatchObject({ isEnrolled: true });
    expect(await findCourseByCode({ code: joinCode, learnerId: null })).toMatchObject({ isEnrolled: false });
    expect(await getDb().enrollment.count({ where: { courseId: id } })).toBe(1);
    expect((await listLearnerCourses({ learnerId: learner.learnerId })).map((course) => course.id)).toEqual([id]);

    await leaveCourse({ actor: learner, courseId: id });
    expect(await listLearnerCourses({ learnerId: learner.learnerId })).toEqual([]);
    await expect(leaveCourse({ actor: learner, courseId: id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to let a learner leave while an open set limits submits or withholds failing cases", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const { id } = await courseWith(instructor, [learner]);
    const now = new Date();
    const dueAt = new Date(now.getTime() + 60 * 60_000).toISOString();
    await publishedSet(instructor, id, { title: "Exam", exerciseSlugs: ["softmax"], revealFailingCase: "after_due", dueAt });
    await expect(leaveCourse({ actor: learner, courseId: id, now })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining('"Exam"') });
    expect(await getDb().enrollment.count({ where: { courseId: id, learnerId: learner.learnerId } })).toBe(1); // rolled back
    // After the due date the set withholds nothing any more, and it sets no interval: free to go.
    await leaveCourse({ actor: learner, courseId: id, now: new Date(now.getTime() + 2 * 60 * 60_000) });
    expect(await getDb().enrollment.count({ where: { courseId: id, learnerId: learner.learnerId } })).toBe(0);
  });

  it("refuses unknown and malformed codes with the same answer", async () => {
    const learner = await createUser("learner");
    await expect(joinCourse({ actor: learner, code: "ZZZZZZZZ", address: TEST_ADDRESS })).rejects.toMatchObject({ code: "not_found" });
    await expect(joinCourse({ actor: learner, code: "not a code at all", address: TEST_ADDRESS })).rejects.toMatchObject({ code: "not_found" });
    expect(await findCourseByCode({ code: "ZZZZ-ZZZZ", learnerId: null })).toBeNull();
  });

  it("lets the owner remove a learner, who can join again", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const course = await courseWith(instructor, [learner]);
    await expect(removeLearner({ actor: learner, courseId: course.id, learnerId: learner.learnerId })).rejects.toMatchObject({ code: "forbidden" });
    await removeLearner({ actor: instructor, courseId: course.id, learnerId: learner.learnerId });
    expect((await getTeachingCourse({ actor: instructor, courseId: course.id })).learners).toEqual([]);
    await expect(removeLearner({ actor: instructor, courseId: course.id, learnerId: learner.learnerId })).rejects.toMatchObject({ code: "not_found" });
    await joinCourse({ actor: learner, code: course.joinCode, address: TEST_ADDRESS });
    expect((await getTeachingCourse({ actor: instructor, courseId: course.id })).learners).toHaveLength(1);
  });
});

describe("a learner's course", () => {
  it("is visible to its members only, with open published sets", async () => {
    const instructor = await createUser("instructor");
    const member = await createUser("learner");
    const outsider = await createUser("learner");
    const course = await courseWith(instructor, [member]);
    await publishedSet(instructor, course.id, { title: "Week 1", exerciseSlugs: ["softmax"] });

    const view = await getLearnerCourse({ actor: member, courseId: course.id });
    expect(view.problemSets.map((set) => set.title)).toEqual(["Week 1"]);
    expect((await listLearnerCourses({ learnerId: member.learnerId }))[0]).toMatchObject({ id: course.id, openProblemSetCount: 1 });
    await expect(getLearnerCourse({ actor: outsider, courseId: course.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getLearnerCourse({ actor: instructor, courseId: course.id })).rejects.toMatchObject({ code: "not_found" });
  });
});
