import path from "node:path";
import { APP_ROOT } from "../lib/exercises/paths";
import { openSchemaEngine } from "./engine";
import { readMigrationsList } from "./migrations-folder";

/** prisma/migrations of the project (resolved from the root: Next bundles code elsewhere). */
export const MIGRATIONS_DIR = path.join(APP_ROOT, "prisma", "migrations");

/**
 * Applies the pending migrations of prisma/migrations to a SQLite database, creating the file
 * and its folder if missing: what `prisma migrate deploy` does, through the wasm schema engine
 * (the native one cannot be downloaded offline). Idempotent; records history in
 * `_prisma_migrations` exactly as the native engine does.
 *
 * Throws a SchemaEngineError when a migration fails or was applied and then edited.
 */
export async function applyMigrations(databaseUrl: string, options: { migrationsDir?: string; log?: (line: string) => void } = {}): Promise<void> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const session = await openSchemaEngine({ databaseUrl });
  try {
    const list = await readMigrationsList(migrationsDir);
    const { appliedMigrationNames } = await session.applyMigrations(list);
    for (const name of appliedMigrationNames) options.log?.(`Applied migration ${name}`);
    if (appliedMigrationNames.length === 0) options.log?.("No pending migrations to apply.");
  } finally {
    // The engine holds the file in exclusive locking mode until its connection closes.
    await session.close();
  }
}
