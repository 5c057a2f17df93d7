import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUp } from "@/lib/users/sign-up";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { EMAIL_UNAVAILABLE_MESSAGE } from "@/lib/users/create-user";
import { hasAnyUser } from "@/lib/users/has-any-user";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { PASSWORD, freshAddress, resetAccounts, signUpUser } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());
beforeEach(() => resetAccounts());

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe("signUp", () => {
  it("makes the first account admin and the next ones learners, each with a learner", async () => {
    expect(await hasAnyUser()).toBe(false);
    const first = await signUpUser("first@example.com");
    const second = await signUpUser("second@example.com");
    expect(await hasAnyUser()).toBe(true);
    expect(first.user.role).toBe("admin");
    expect(second.user.role).toBe("learner");
    const rows = await getDb().user.findMany({ orderBy: { createdAt: "asc" }, select: { email: true, role: true, learner: { select: { id: true } } } });
    expect(rows.map((row) => [row.email, row.role])).toEqual([
      ["first@example.com", "admin"],
      ["second@example.com", "learner"],
    ]);
    expect(rows.map((row) => row.learner?.id)).toEqual([first.user.learnerId, second.user.learnerId]);
  });

  it("lets only one of many simultaneous first sign-ups become admin", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, index) => signUpUser(`racer${index}@example.com`)));
    expect(results.filter((result) => result.user.role === "admin")).toHaveLength(1);
    expect(await getDb().user.count({ where: { role: "admin" } })).toBe(1);
  });

  it("lets only one admin through when two processes insert at once", async () => {
    // Separate processes, separate SQLite connections: only the database's write lock orders them.
    const startAt = Date.now() + 2500;
    const roles = await Promise.all(["proc0@example.com", "proc1@example.com"].map((email) => runInsertUser(email, startAt)));
    expect(roles.sort()).toEqual(["admin", "learner"]);
  });

  it("trims and lower-cases the email, and treats another case as the same address", async () => {
    const { user } = await signUpUser("  Ada.Lovelace@Example.COM ");
    expect(user.email).toBe("ada.lovelace@example.com");
    const duplicate = await rejection(signUpUser("ADA.LOVELACE@example.com"));
    expect(duplicate).toEqual({ code: "conflict", message: EMAIL_UNAVAILABLE_MESSAGE });
    expect(await getDb().user.count()).toBe(1);
  });

  it("answers a taken email with a generic message that does not confirm the account", async () => {
    await signUpUser("taken@example.com");
    const { message } = await rejection(signUpUser("taken@example.com", "a different password"));
    expect(message).not.toMatch(/exists|already registered|taken/i);
    expect(message).not.toContain("taken@example.com");
  });

  it("enforces 10-200 character passwords and a valid email of at most 254 characters", async () => {
    expect((await rejection(signUpUser("short@example.com", "123456789"))).code).toBe("invalid_input");
    expect((await rejection(signUpUser("long@example.com", "x".repeat(201)))).code).toBe("invalid_input");
    expect((await rejection(signUpUser("not-an-email"))).code).toBe("invalid_input");
    expect((await rejection(signUpUser(`${"a".repeat(64)}@${"b".repeat(186)}.com`))).code).toBe("invalid_input");
    await signUpUser("ten@example.com", "1234567890");
    await signUpUser("twohundred@example.com", "y".repeat(200));
    expect(await getDb().user.count()).toBe(2);
  });

  it("stores only an argon2id hash of the password", async () => {
    await signUpUser("hash@example.com");
    const row = await getDb().user.findUniqueOrThrow({ where: { email: "hash@example.com" }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it("limits sign-ups per address", async () => {
    const address = freshAddress();
    for (let index = 0; index < 20; index += 1) {
      await signUp({ email: `bulk${index}@example.com`, password: PASSWORD, address, anonymousToken: null });
    }
    const refused = await rejection(signUp({ email: "bulk20@example.com", password: PASSWORD, address, anonymousToken: null }));
    expect(refused.code).toBe("rate_limited");
    await signUp({ email: "elsewhere@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: null });
  });
});

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function runInsertUser(email: string, startAt: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["tests/auth/fixtures/insert-user.ts", email],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url, START_AT: String(startAt) }, timeout: 20_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim())),
    );
  });
}
