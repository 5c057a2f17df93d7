import path from "node:path";

/**
 * The SQLite database URL, computed in one place for the app, the migration tool, the tests and
 * prisma.config.ts: `DATABASE_URL` when set, else `file:<project root>/data/graded-descent.db`.
 *
 * Always absolute: the Prisma CLI resolves relative `file:` URLs against its config folder while
 * the driver adapter resolves them against the working directory, so a relative URL would let
 * the two silently use different files.
 */
export function getDatabaseUrl(): string {
  const fromEnvironment = process.env.DATABASE_URL?.trim();
  if (fromEnvironment) return toAbsoluteFileUrl(fromEnvironment);
  const root = process.env.GD_ROOT ?? process.cwd();
  return `file:${path.resolve(root, "data", "graded-descent.db")}`;
}

/** The file path of a `file:` URL (what better-sqlite3 opens). */
export function getDatabasePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`Only SQLite file URLs are supported, got "${databaseUrl}"`);
  }
  return databaseUrl.slice("file:".length);
}

function toAbsoluteFileUrl(databaseUrl: string): string {
  const filePath = getDatabasePath(databaseUrl);
  return `file:${path.resolve(process.env.GD_ROOT ?? process.cwd(), filePath)}`;
}
