import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { useTestDatabase, type TestDatabase } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("findOrCreateAnonymousLearner", () => {
  it("creates a learner with a fresh 32-byte base64url token when there is no cookie", async () => {
    const { learner, newToken } = await findOrCreateAnonymousLearner({ token: null });
    expect(newToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(newToken!, "base64url")).toHaveLength(32);
    const row = await getDb().learner.findUniqueOrThrow({ where: { id: learner.id } });
    expect(row.anonymousTokenHash).toBe(sha256(newToken!));
    expect(row.userId).toBeNull();
  });

  it("never stores the raw token anywhere in the database file", async () => {
    const { newToken } = await findOrCreateAnonymousLearner({ token: null });
    const raw = new Database(database.file, { readonly: true });
    try {
      const cells = raw
        .prepare("SELECT * FROM Learner")
        .all()
        .flatMap((row) => Object.values(row as object));
      expect(cells).not.toContain(newToken);
      expect(cells.some((cell) => typeof cell === "string" && cell.includes(newToken!))).toBe(false);
    } finally {
      raw.close();
    }
  });

  it("finds the same learner again from its token, without issuing a new one", async () => {
    const first = await findOrCreateAnonymousLearner({ token: null });
    const again = await findOrCreateAnonymousLearner({ token: first.newToken });
    expect(again).toEqual({ learner: { id: first.learner.id }, newToken: null });
  });

  it("gives different learners different tokens", async () => {
    const a = await findOrCreateAnonymousLearner({ token: null });
    const b = await findOrCreateAnonymousLearner({ token: null });
    expect(a.learner.id).not.toBe(b.learner.id);
    expect(a.newToken).not.toBe(b.newToken);
  });

  it("creates a new learner for an unknown or malformed token", async () => {
    const before = await getDb().learner.count();
    const unknown = await findOrCreateAnonymousLearner({ token: "A".repeat(43) });
    const malformed = await findOrCreateAnonymousLearner({ token: "not a token; x".repeat(100) });
    expect(unknown.newToken).not.toBeNull();
    expect(malformed.newToken).not.toBeNull();
    expect(unknown.learner.id).not.toBe(malformed.learner.id);
    expect(await getDb().learner.count()).toBe(before + 2);
  });

  it("updates lastSeenAt at most once a minute", async () => {
    const { learner, newToken } = await findOrCreateAnonymousLearner({ token: null });
    const db = getDb();
    const recent = new Date(Date.now() - 30_000);
    await db.learner.update({ where: { id: learner.id }, data: { lastSeenAt: recent } });
    await findOrCreateAnonymousLearner({ token: newToken });
    expect((await db.learner.findUniqueOrThrow({ where: { id: learner.id } })).lastSeenAt).toEqual(recent);

    const old = new Date(Date.now() - 5 * 60_000);
    await db.learner.update({ where: { id: learner.id }, data: { lastSeenAt: old } });
    const before = Date.now();
    await findOrCreateAnonymousLearner({ token: newToken });
    const seen = (await db.learner.findUniqueOrThrow({ where: { id: learner.id } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe("findAnonymousLearner", () => {
  it("finds a learner by token and never creates one for an unknown or malformed token", async () => {
    const { findAnonymousLearner } = await import("@/lib/learners/find-anonymous-learner");
    const { learner, newToken } = await findOrCreateAnonymousLearner({ token: null });
    expect(await findAnonymousLearner({ token: newToken })).toEqual({ id: learner.id });
    const before = await getDb().learner.count();
    expect(await findAnonymousLearner({ token: "A".repeat(43) })).toBeNull();
    expect(await findAnonymousLearner({ token: "not a token" })).toBeNull();
    expect(await findAnonymousLearner({ token: null })).toBeNull();
    expect(await getDb().learner.count()).toBe(before);
  });
});
