import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteSession } from "@/lib/auth/delete-session";
import { findSessionUser } from "@/lib/auth/find-session-user";
import { signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { findCurrentLearner, requireLearner } from "@/lib/http/current-learner";
import { endBrowserSession, findCurrentUser, requireUser } from "@/lib/http/current-user";
import { setUserRole } from "@/lib/users/set-user-role";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { jar } from "./cookie-jar";
import { PASSWORD, freshAddress, resetAccounts, signUpUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./cookie-jar")).nextHeadersMock);

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());
beforeEach(async () => {
  jar.clear();
  await resetAccounts();
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "ok",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );
}

describe("sessions", () => {
  it("finds the user of a token until it expires, and no longer after", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    await signUpUser("ada@example.com");
    const { token, user } = await signIn({ email: "ada@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: null, now });
    expect(await findSessionUser({ token, now: new Date("2030-01-30T23:59:59Z") })).toEqual(user);
    expect(await findSessionUser({ token, now: new Date("2030-01-31T00:00:00Z") })).toBeNull();
    expect(await findSessionUser({ token: token.slice(0, -1) + (token.endsWith("A") ? "B" : "A") })).toBeNull();
    expect(await findSessionUser({ token: "x".repeat(500) })).toBeNull();
  });

  it("removes the user's expired sessions at the next sign-in", async () => {
    await signUpUser("ada@example.com");
    const old = await signIn({
      email: "ada@example.com",
      password: PASSWORD,
      address: freshAddress(),
      anonymousToken: null,
      now: new Date("2020-01-01T00:00:00Z"),
    });
    await signIn({ email: "ada@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: null });
    expect(await getDb().session.findUnique({ where: { id: sha256(old.token) } })).toBeNull();
  });

  it("sign-out deletes the session row, so the token stops working", async () => {
    const { token } = await signUpUser("ada@example.com");
    expect(await getDb().session.count({ where: { id: sha256(token) } })).toBe(1);
    await deleteSession({ token });
    expect(await getDb().session.count({ where: { id: sha256(token) } })).toBe(0);
    expect(await findSessionUser({ token })).toBeNull();
  });

  it("endBrowserSession deletes the row and both cookies", async () => {
    const { token } = await signUpUser("ada@example.com");
    jar.set("gd_session", token);
    jar.set("gd_learner", "A".repeat(43));
    await endBrowserSession();
    expect([...jar.keys()]).toEqual([]);
    expect(await getDb().session.count()).toBe(0);
  });
});

describe("findCurrentUser and requireUser", () => {
  it("without a session: null, and unauthenticated for every requirement", async () => {
    expect(await findCurrentUser()).toBeNull();
    expect(await codeOf(requireUser())).toBe("unauthenticated");
    expect(await codeOf(requireUser("admin"))).toBe("unauthenticated");
    jar.set("gd_session", "B".repeat(43)); // well-formed, unknown
    expect(await codeOf(requireUser())).toBe("unauthenticated");
  });

  it("orders the roles: an admin satisfies instructor, a learner satisfies neither", async () => {
    const admin = await signUpUser("admin@example.com");
    const instructor = await signUpUser("teacher@example.com");
    const learner = await signUpUser("learner@example.com");
    await setUserRole({ actorId: admin.user.id, userId: instructor.user.id, role: "instructor" });
    const check = async (token: string) => {
      jar.set("gd_session", token);
      return [await codeOf(requireUser()), await codeOf(requireUser("instructor")), await codeOf(requireUser("admin"))];
    };
    expect(await check(admin.token)).toEqual(["ok", "ok", "ok"]);
    expect(await check(instructor.token)).toEqual(["ok", "ok", "forbidden"]);
    expect(await check(learner.token)).toEqual(["ok", "forbidden", "forbidden"]);
  });

  it("reads the role from the database on every request (a demotion takes effect at once)", async () => {
    const admin = await signUpUser("admin@example.com");
    const teacher = await signUpUser("teacher@example.com");
    await setUserRole({ actorId: admin.user.id, userId: teacher.user.id, role: "instructor" });
    jar.set("gd_session", teacher.token);
    expect(await codeOf(requireUser("instructor"))).toBe("ok");
    await setUserRole({ actorId: admin.user.id, userId: teacher.user.id, role: "learner" });
    expect(await codeOf(requireUser("instructor"))).toBe("forbidden");
  });

  it("gives the signed-in user's learner to the learner functions, and never creates another", async () => {
    const { token, user } = await signUpUser("ada@example.com");
    jar.set("gd_session", token);
    const learnersBefore = await getDb().learner.count();
    expect(await findCurrentUser()).toEqual(user);
    expect(await requireLearner()).toEqual({ id: user.learnerId });
    expect(await findCurrentLearner()).toEqual({ id: user.learnerId });
    expect(jar.has("gd_learner")).toBe(false);
    expect(await getDb().learner.count()).toBe(learnersBefore);
  });

  it("falls back to an anonymous learner once the session is gone", async () => {
    const { token, user } = await signUpUser("ada@example.com");
    jar.set("gd_session", token);
    await endBrowserSession();
    const anonymous = await requireLearner();
    expect(anonymous.id).not.toBe(user.learnerId);
    expect(jar.get("gd_learner")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
