import fs from "node:fs";
import { getDatabasePath } from "./database-url";

/**
 * Empties a SQLite database file (schema and data) and removes its -journal/-wal/-shm files.
 *
 * Engine bug 4: the wasm engine's `reset` on SQLite only deletes rows and leaves tables,
 * indexes and `_prisma_migrations` in place. The caller must have closed every connection
 * (SchemaEngineSession.close) first, or a stale WAL could resurrect old pages.
 */
export function resetDatabaseFile(databaseUrl: string): void {
  const file = getDatabasePath(databaseUrl);
  if (fs.existsSync(file)) fs.truncateSync(file, 0);
  for (const suffix of ["-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
