import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { recordSubmission } from "@/lib/submissions/record-submission";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { setUserRole } from "@/lib/users/set-user-role";
import { gradeResult, seedExercises, useTestDatabase, type TestDatabase } from "../db/helpers";
import { resetAccounts, signUpUser } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises("softmax");
});
afterAll(() => database.cleanup());
beforeEach(() => resetAccounts());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );
}

const roleOf = async (id: string) => (await getDb().user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;

describe("setUserRole", () => {
  it("lets an admin promote a learner to instructor and demote them again", async () => {
    const admin = (await signUpUser("admin@example.com")).user;
    const ada = (await signUpUser("ada@example.com")).user;
    expect(await setUserRole({ actorId: admin.id, userId: ada.id, role: "instructor" })).toMatchObject({ email: "ada@example.com", role: "instructor" });
    expect(await roleOf(ada.id)).toBe("instructor");
    await setUserRole({ actorId: admin.id, userId: ada.id, role: "learner" });
    expect(await roleOf(ada.id)).toBe("learner");
  });

  it("refuses learners and instructors, whatever they ask for", async () => {
    const admin = (await signUpUser("admin@example.com")).user;
    const ada = (await signUpUser("ada@example.com")).user;
    const teacher = (await signUpUser("teacher@example.com")).user;
    await setUserRole({ actorId: admin.id, userId: teacher.id, role: "instructor" });
    expect(await codeOf(setUserRole({ actorId: ada.id, userId: ada.id, role: "admin" }))).toBe("forbidden");
    expect(await codeOf(setUserRole({ actorId: teacher.id, userId: ada.id, role: "instructor" }))).toBe("forbidden");
    expect(await codeOf(setUserRole({ actorId: teacher.id, userId: admin.id, role: "learner" }))).toBe("forbidden");
    expect([await roleOf(ada.id), await roleOf(teacher.id), await roleOf(admin.id)]).toEqual(["learner", "instructor", "admin"]);
  });

  it("never demotes the last admin, not even by themselves", async () => {
    const admin = (await signUpUser("admin@example.com")).user;
    expect(await codeOf(setUserRole({ actorId: admin.id, userId: admin.id, role: "instructor" }))).toBe("conflict");
    expect(await codeOf(setUserRole({ actorId: admin.id, userId: admin.id, role: "learner" }))).toBe("conflict");
    expect(await roleOf(admin.id)).toBe("admin");
    // Keeping the role is not a demotion.
    expect(await codeOf(setUserRole({ actorId: admin.id, userId: admin.id, role: "admin" }))).toBe("ok");
  });

  it("lets one of two admins step down, after which the other is the last", async () => {
    const first = (await signUpUser("admin@example.com")).user;
    const second = (await signUpUser("second@example.com")).user;
    await setUserRole({ actorId: first.id, userId: second.id, role: "admin" });
    expect(await codeOf(setUserRole({ actorId: first.id, userId: first.id, role: "instructor" }))).toBe("ok");
    // The first is an instructor now: no longer allowed to change roles at all.
    expect(await codeOf(setUserRole({ actorId: first.id, userId: second.id, role: "learner" }))).toBe("forbidden");
    expect(await codeOf(setUserRole({ actorId: second.id, userId: second.id, role: "learner" }))).toBe("conflict");
  });

  it("answers not_found for an unknown account and invalid_input for an unknown role", async () => {
    const admin = (await signUpUser("admin@example.com")).user;
    expect(await codeOf(setUserRole({ actorId: admin.id, userId: "nope", role: "instructor" }))).toBe("not_found");
    // @ts-expect-error an unknown role, as a hand-made request would send it
    expect(await codeOf(setUserRole({ actorId: admin.id, userId: admin.id, role: "owner" }))).toBe("invalid_input");
  });
});

describe("createUser (the CLI's path)", () => {
  it("makes the first account admin whatever role is asked, then honours the role", async () => {
    expect((await createUser({ email: "ops@example.com", password: "long enough pw", role: "instructor" })).role).toBe("admin");
    expect((await createUser({ email: "teach@example.com", password: "long enough pw", role: "instructor" })).role).toBe("instructor");
    expect(await codeOf(createUser({ email: "teach@example.com", password: "long enough pw" }))).toBe("conflict");
    expect(await codeOf(createUser({ email: "x@example.com", password: "short" }))).toBe("invalid_input");
  });
});

describe("listUsers", () => {
  it("lists every account with its role and last activity, for admins only", async () => {
    const admin = (await signUpUser("admin@example.com")).user;
    const ada = (await signUpUser("ada@example.com")).user;
    const later = new Date(Date.now() + 60_000);
    await recordSubmission({ learnerId: ada.learnerId, exerciseSlug: "softmax", code: "x", result: gradeResult({ passed: 1, total: 1 }) });
    await getDb().submission.updateMany({ where: { learnerId: ada.learnerId }, data: { createdAt: later } });

    expect(await codeOf(listUsers({ actor: { role: "learner" } }))).toBe("forbidden");
    expect(await codeOf(listUsers({ actor: { role: "instructor" } }))).toBe("forbidden");
    const users = await listUsers({ actor: { role: "admin" } });
    expect(users.map((user) => [user.email, user.role, user.submissionCount])).toEqual([
      ["admin@example.com", "admin", 0],
      ["ada@example.com", "learner", 1],
    ]);
    expect(users[1].lastActiveAt.getTime()).toBe(later.getTime());
    expect(users[0].id).toBe(admin.id);
  });
});
