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
