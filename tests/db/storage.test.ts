import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import { describeStorageError } from "@/lib/db/storage-errors";
import { getDraft } from "@/lib/drafts/get-draft";
import { saveDraft } from "@/lib/drafts/save-draft";
import { AppError } from "@/lib/errors";
import { findOrCreateAnonymousLearner } from "@/lib/learners/find-or-create-anonymous-learner";
import { seedExercises, useTestDatabase, type TestDatabase } from "./helpers";

let database: TestDatabase;
let learnerId: string;
beforeAll(async () => {
  database = await useTestDatabase();
  await seedExercises("softmax");
  learnerId = (await findOrCreateAnonymousLearner({ token: null })).learner.id;
});
afterAll(() => database.cleanup());

describe("storage failures become AppError storage_unavailable", () => {
  it("disk full", async () => {
    const db = getDb();
    // Cap the file at its current size: the next page SQLite needs fails with SQLITE_FULL.
    await db.$queryRawUnsafe("PRAGMA max_page_count = 1");
    try {
      const error = await saveDraft({ learnerId, exerciseSlug: "softmax", code: "x".repeat(50_000) }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "storage_unavailable", message: expect.stringMatching(/disk is full/) });
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    }
    await saveDraft({ learnerId, exerciseSlug: "softmax", code: "x".repeat(50_000) });
  });

  it("database locked by another process", async () => {
    const other = new Database(database.file);
    other.exec("BEGIN IMMEDIATE");
    const db = getDb();
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 50"); // do not wait the full 5 s in a test
    try {
      await expect(saveDraft({ learnerId, exerciseSlug: "softmax", code: "y" })).rejects.toMatchObject({
        code: "storage_unavailable",
        message: expect.stringMatching(/busy/),
      });
    } finally {
      other.exec("ROLLBACK");
      other.close();
      await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    }
  });

  it("database file missing (never deployed)", async () => {
    await closeDb();
    process.env.DATABASE_URL = `file:${path.join(database.dir, "missing.db")}`;
    try {
      await expect(getDraft({ learnerId, exerciseSlug: "softmax" })).rejects.toMatchObject({ code: "storage_unavailable" });
      expect(fs.existsSync(path.join(database.dir, "missing.db"))).toBe(false);
    } finally {
      await closeDb();
      process.env.DATABASE_URL = database.url;
    }
  });

  it("database folder missing", async () => {
    await closeDb();
    process.env.DATABASE_URL = `file:${path.join(database.dir, "no-such-folder", "x.db")}`;
    try {
      await expect(getDraft({ learnerId, exerciseSlug: "softmax" })).rejects.toMatchObject({
        code: "storage_unavailable",
        message: expect.stringMatching(/cannot be opened/),
      });
    } finally {
      await closeDb();
      process.env.DATABASE_URL = database.url;
    }
  });

  it("leaves other errors alone", () => {
    expect(describeStorageError(new AppError("not_found", "x"))).toBeUndefined();
    expect(describeStorageError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBeUndefined();
    expect(describeStorageError(new TypeError("bug"))).toBeUndefined();
  });
});

describe("durability", () => {
  it("keeps data across closing and reopening the database file", async () => {
    await saveDraft({ learnerId, exerciseSlug: "softmax", code: "survives restarts" });
    await closeDb();
    // A different connection, opened from scratch, as after a server restart.
    const raw = new Database(database.file, { readonly: true });
    try {
      expect(raw.prepare('SELECT code FROM "Draft" WHERE learnerId = ?').get(learnerId)).toEqual({ code: "survives restarts" });
    } finally {
      raw.close();
    }
    expect((await getDraft({ learnerId, exerciseSlug: "softmax" }))?.code).toBe("survives restarts");
  });
});
