import { AppError } from "../errors";

// SQLite result codes that mean "the storage cannot serve us right now", as opposed to a bug in
// a query. Extended codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT...) match by prefix.
const STORAGE_CODES: [RegExp, string][] = [
  [/^SQLITE_FULL/, "The server's disk is full, so nothing could be saved. Please try again later."],
  [/^SQLITE_(BUSY|LOCKED)/, "The database is busy. Please try again in a moment."],
  [/^SQLITE_(IOERR|CORRUPT|NOTADB|NOMEM)/, "The database could not be read or written. Please try again later."],
  [/^SQLITE_READONLY/, "The database is read-only at the moment, so nothing could be saved."],
  [/^SQLITE_CANTOPEN/, "The database cannot be opened (has `npm run db:deploy` been run?)."],
];
// Prisma's own codes for the same situations: P1008 is how the adapter reports SQLITE_BUSY;
// P2021/P2022 (missing table/column) mean migrations were not deployed.
const PRISMA_CODES: Record<string, string> = {
  P1008: "The database is busy. Please try again in a moment.",
  P2021: "The database is not set up for this version (run `npm run db:deploy`).",
  P2022: "The database is not set up for this version (run `npm run db:deploy`).",
};

/**
 * Runs a data-layer operation, turning storage failures (disk full, I/O error, locked,
 * unopenable or unmigrated database) into AppError("storage_unavailable") so a route can answer
 * 503 with a clear message. AppErrors and query bugs pass through unchanged.
 */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const message = describeStorageError(error);
    if (message === undefined) throw error;
    throw new AppError("storage_unavailable", message, { cause: error });
  }
}

/** The learner-facing message for a storage failure, or undefined when it is not one. */
export function describeStorageError(error: unknown): string | undefined {
  if (error instanceof AppError) return undefined;
  // better-sqlite3 raises this one as a plain TypeError, without an SQLite code.
  if (error instanceof Error && /Cannot open database because the directory does not exist/.test(error.message)) {
    return STORAGE_CODES[4][1];
  }
  for (const code of collectCodes(error)) {
    if (PRISMA_CODES[code]) return PRISMA_CODES[code];
    const match = STORAGE_CODES.find(([pattern]) => pattern.test(code));
    if (match) return match[1];
  }
  return undefined;
}

/** Error codes found on the error, its Prisma driver-adapter metadata and its causes. */
function collectCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const record = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: unknown };
  const codes: string[] = [];
  if (typeof record.code === "string") codes.push(record.code);
  const originalCode = record.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof originalCode === "string") codes.push(originalCode);
  // Most specific first: the SQLite code explains more than Prisma's generic P2039.
  return [...codes.reverse(), ...collectCodes(record.cause, depth + 1)];
}
