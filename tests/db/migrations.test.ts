import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/prisma/apply-migrations";
import { closeDb, getDb } from "@/lib/db/client";
import { openSchemaEngine } from "@/prisma/engine";
import { readMigrationsList } from "@/prisma/migrations-folder";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-migrations-test-"));
afterAll(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const migrationFolders = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function readHistory(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare("SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name")
      .all() as { migration_name: string; checksum: string; finished_at: string | null; rolled_back_at: string | null; applied_steps_count: number }[];
  } finally {
    db.close();
  }
}

describe("applyMigrations", () => {
  const file = path.join(dir, "nested", "missing", "app.db");
  const url = `file:${file}`;

  it("creates the file and its folders, and records history as the native engine does", async () => {
    await applyMigrations(url);
    expect(fs.existsSync(file)).toBe(true);
    const history = readHistory(file);
    expect(history.map((row) => row.migration_name)).toEqual(migrationFolders);
    for (const row of history) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
    expect(migrationFolders[0]).toMatch(/^\d{14}_init$/);
  });

  it("is idempotent: a second run applies nothing and keeps the history", async () => {
    const before = readHistory(file);
    const lines: string[] = [];
    await applyMigrations(url, { log: (line) => lines.push(line) });
    expect(lines).toEqual(["No pending migrations to apply."]);
    expect(readHistory(file)).toEqual(before);
  });

  it("releases the database: the app can write right after", async () => {
    process.env.DATABASE_URL = url;
    await closeDb();
    const learner = await getDb().learner.create({ data: {}, select: { id: true } });
    expect(learner.id).toBeTruthy();
  });

  it("opens connections with WAL, a busy timeout and foreign keys on", async () => {
    const db = getDb();
    expect(await db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    expect(await db.$queryRawUnsafe("PRAGMA busy_timeout")).toEqual([{ timeout: 5000n }]);
    expect(await db.$queryRawUnsafe("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1n }]);
  });
});

describe("prisma/schema.prisma", () => {
  it("has no changes missing from prisma/migrations (run npm run db:migrate -- --name <name>)", async () => {
    const schemaFile = path.join(path.dirname(MIGRATIONS_DIR), "schema.prisma");
    const session = await openSchemaEngine({
      databaseUrl: `file:${path.join(dir, "drift.db")}`,
      schema: { path: schemaFile, content: fs.readFileSync(schemaFile, "utf8") },
    });
    try {
      const list = await readMigrationsList(MIGRATIONS_DIR);
      expect((await session.devDiagnostic(list)).action.tag).toBe("createMigration");
      await session.applyMigrations(list);
      const dataLoss = await session.evaluateDataLoss(list);
      expect(dataLoss.migrationSteps).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe("the compact_test_results migration", () => {
  it("carries every TestResult row into Submission.tests (in position order) and the failed hidden names into failedHiddenTests", async () => {
    const compact = migrationFolders.findIndex((name) => name.endsWith("_compact_test_results"));
    expect(compact).toBeGreaterThan(0);
    const before = path.join(dir, "before-compact");
    fs.mkdirSync(before);
    for (const name of migrationFolders.slice(0, compact)) fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    fs.copyFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    const file = path.join(dir, "compact.db");
    await applyMigrations(`file:${file}`, { migrationsDir: before });

    const db = new Database(file);
    db.exec(`
      INSERT INTO Learner (id, anonymousTokenHash, createdAt, lastSeenAt) VALUES ('l1', 'h1', 0, 0);
      INSERT INTO Exercise (id, slug, title, track, difficulty, functionName, position, contentHash, isAvailable, updatedAt) VALUES ('e1', 'softmax', 'Softmax', 'ml-math', 'easy', 'softmax', 0, 'c', 1, 0);
      INSERT INTO Submission (id, learnerId, exerciseId, code, verdict, passed, total, durationMs, createdAt) VALUES ('s1', 'l1', 'e1', 'x', 'wrong_answer', 1, 3, 4, 0), ('s2', 'l1', 'e1', 'y', 'accepted', 0, 0, 1, 0);
      INSERT INTO TestResult (id, submissionId, position, name, kind, tier, isHidden, status, message) VALUES
        ('t3', 's1', 2, 'hidden b', 'random', 'robustness', 1, 'error', 'threw'),
        ('t1', 's1', 0, 'example 1', 'example', 'required', 0, 'passed', NULL),
        ('t2', 's1', 1, 'hidden a', 'fixed', 'required', 1, 'failed', 'worst at [0]');
    `);
    db.close();
    await applyMigrations(`file:${file}`);

    const after = new Database(file, { readonly: true });
    const rows = after.prepare("SELECT id, tests, failedHiddenTests FROM Submission ORDER BY id").all() as {
      id: string;
      tests: string;
      failedHiddenTests: string;
    }[];
    const tables = after.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'TestResult'").all();
    after.close();
    expect(tables).toEqual([]);
    expect(JSON.parse(rows[0].tests)).toEqual([
      { name: "example 1", kind: "example", tier: "required", isHidden: false, status: "passed", message: null },
      { name: "hidden a", kind: "fixed", tier: "required", isHidden: true, status: "failed", message: "worst at [0]" },
      { name: "hidden b", kind: "random", tier: "robustness", isHidden: true, status: "error", message: "threw" },
    ]);
    expect(JSON.parse(rows[0].failedHiddenTests)).toEqual(["hidden a", "hidden b"]);
    expect(rows[1]).toEqual({ id: "s2", tests: "[]", failedHiddenTests: "[]" });
  });
});
