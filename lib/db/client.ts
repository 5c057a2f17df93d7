import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database } from "better-sqlite3";
import { PrismaClient } from "./generated/client";
import { getDatabaseUrl } from "../../prisma/database-url";
import { cacheStatements } from "./statement-cache";

/**
 * The Prisma client type of this app. Domain functions in lib/<domain>/ import this file and
 * query through getDb(); app/ and the grading processes never do (`npm run lint` checks both).
 */
export type Db = PrismaClient;

// Per-connection settings. WAL lets readers go on while a submission is being written;
// busy_timeout makes a writer wait for another process's write instead of failing at once;
// foreign keys are what make the cascades in schema.prisma happen (SQLite has them off by default).
const PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

/**
 * A new client on a SQLite file (default: getDatabaseUrl()). The file must exist and be
 * migrated (`npm run db:deploy` or applyMigrations): opening a missing file fails instead of
 * silently creating an empty database.
 *
 * One connection per client, shared by every request. Transactions take the adapter's lock,
 * but plain queries do not: a write issued while another request's transaction is open would
 * join that transaction (and vanish if it rolls back). So domain functions make every write
 * inside `db.$transaction`.
 */
export function createDb(databaseUrl: string = getDatabaseUrl()): Db {
  const factory = new PrismaBetterSqlite3({ url: databaseUrl, fileMustExist: true, timeout: 5000 });
  // Transactions queue on the adapter's lock: give a burst of submissions time to get their turn.
  return new PrismaClient({ adapter: withPragmas(factory), transactionOptions: { maxWait: 10_000, timeout: 10_000 } });
}

const globalForDb = globalThis as typeof globalThis & { gradedDescentDb?: Db };

/**
 * The process-wide client, created on first use from DATABASE_URL (or the default file).
 * Kept on globalThis so that Next's dev-mode reloads reuse one connection instead of opening
 * one per reload.
 */
export function getDb(): Db {
  globalForDb.gradedDescentDb ??= createDb();
  return globalForDb.gradedDescentDb;
}

/** Disconnects the process-wide client; the next getDb() opens a new one (tests, shutdown). */
export async function closeDb(): Promise<void> {
  const db = globalForDb.gradedDescentDb;
  globalForDb.gradedDescentDb = undefined;
  await db?.$disconnect();
}

function withPragmas(factory: PrismaBetterSqlite3): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      await adapter.executeScript(PRAGMAS);
      // The adapter keeps its better-sqlite3 Database as `client` (not a public API: checked here,
      // and tests/db run every query through it).
      const client = (adapter as unknown as { client?: Database }).client;
      if (!client || typeof client.prepare !== "function") throw new Error("@prisma/adapter-better-sqlite3 changed: no client.prepare to cache");
      cacheStatements(client);
      return adapter;
    },
  };
}
