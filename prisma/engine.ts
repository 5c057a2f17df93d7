import type {
  ApplyMigrationsOutput,
  CreateMigrationOutput,
  DevDiagnosticOutput,
  DiagnoseMigrationHistoryOutput,
  EvaluateDataLossOutput,
  MigrationList,
  SchemaEngine,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { createEngineAdapter } from "./engine-adapter";
import { loadSchemaEngineWasm, panicRegistry } from "./engine-wasm";
import { emptyMigrationsList } from "./migrations-folder";

/** An error of the schema engine, with the adapter's real error in place of "External error id#N". */
export class SchemaEngineError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string | undefined,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${operation} failed${code ? ` (${code})` : ""}: ${message}`, options);
    this.name = "SchemaEngineError";
  }
}

/** The commands of `prisma migrate`, on one database, with the engine's SQLite bugs handled. */
export interface SchemaEngineSession {
  devDiagnostic(list: MigrationList): Promise<DevDiagnosticOutput>;
  diagnoseMigrationHistory(list: MigrationList): Promise<DiagnoseMigrationHistoryOutput>;
  applyMigrations(list: MigrationList): Promise<ApplyMigrationsOutput>;
  evaluateDataLoss(list: MigrationList): Promise<EvaluateDataLossOutput>;
  createMigration(list: MigrationList, options: { name: string; draft: boolean }): Promise<CreateMigrationOutput>;
  /** Frees the engine and closes its connections. Always call it: until then the database
   * file stays exclusively locked. */
  close(): Promise<void>;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Opens the wasm schema engine on a SQLite file (created with its folder if missing).
 * `schema` (the Prisma schema file) is only needed to create migrations; deploying needs none.
 * Set GD_SCHEMA_ENGINE_LOG=1 to print the engine's own log lines.
 */
export async function openSchemaEngine(options: { databaseUrl: string; schema?: { path: string; content: string } }): Promise<SchemaEngineSession> {
  const glue = await loadSchemaEngineWasm();
  const adapter = createEngineAdapter(options.databaseUrl);
  const log = (line: string) => {
    if (process.env.GD_SCHEMA_ENGINE_LOG === "1") process.stderr.write(`[schema-engine] ${line}\n`);
  };
  const datamodels = options.schema ? [[options.schema.path, options.schema.content] as [string, string]] : undefined;
  let engine: SchemaEngine;
  try {
    engine = await glue.SchemaEngine.new({ datamodels }, log, adapter.factory);
  } catch (error) {
    await adapter.closeConnections();
    throw explain(error, "open", adapter.factory.errorRegistry);
  }
  const run = async <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw explain(error, operation, adapter.factory.errorRegistry);
    }
  };
  const schema = { files: options.schema ? [options.schema] : [] };

  const session: SchemaEngineSession = {
    applyMigrations: (list) => run("applyMigrations", () => engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS })),
    // Engine bug 1: on a fresh database these fail with P1014 (`_prisma_migrations` does not
    // exist) instead of creating it. Applying an empty migration list creates it.
    devDiagnostic: (list) =>
      withMissingMigrationsTable(list, () => run("devDiagnostic", () => engine.devDiagnostic({ migrationsList: list, filters: NO_FILTERS }))),
    diagnoseMigrationHistory: (list) =>
      withMissingMigrationsTable(list, () =>
        run("diagnoseMigrationHistory", () => engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: true, filters: NO_FILTERS })),
      ),
    // Engine bug 3: right after pending migrations were applied, these fail with "SQLite shadow
    // DB must be provided through an external factory"; a devDiagnostic call sets the shadow
    // database up again.
    evaluateDataLoss: (list) =>
      withShadowDatabase(list, () => run("evaluateDataLoss", () => engine.evaluateDataLoss({ migrationsList: list, schema, filters: NO_FILTERS }))),
    createMigration: (list, { name, draft }) =>
      withShadowDatabase(list, () =>
        run("createMigration", () => engine.createMigration({ migrationsList: list, schema, filters: NO_FILTERS, migrationName: name, draft })),
      ),
    close: async () => {
      engine.free();
      await adapter.closeConnections();
    },
  };

  async function withMissingMigrationsTable<T>(list: MigrationList, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof SchemaEngineError && error.code === "P1014")) throw error;
      await session.applyMigrations(emptyMigrationsList(list.baseDir));
      return call();
    }
  }

  async function withShadowDatabase<T>(list: MigrationList, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof Error && /shadow DB must be provided through an external factory/i.test(error.message))) throw error;
      await session.devDiagnostic(list);
      return call();
    }
  }

  return session;
}

/** Replaces "External error id#N" with the adapter error it stands for, and adds panic text. */
function explain(error: unknown, operation: string, registry: ErrorRegistry): SchemaEngineError {
  if (error instanceof SchemaEngineError) return error;
  const raw = error instanceof Error ? error : new Error(String(error));
  let message = raw.message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = registry.consumeError(Number(id));
    if (!record) return text;
    const cause = record.error instanceof Error ? record.error.message : JSON.stringify(record.error);
    return `${text}: ${cause}`;
  });
  if (raw.name === "RuntimeError" && panicRegistry.message) message += ` (engine panic: ${panicRegistry.message})`;
  const rawCode: unknown = (raw as Error & { code?: unknown }).code;
  const code = typeof rawCode === "string" ? rawCode : undefined;
  return new SchemaEngineError(operation, code, message, { cause: raw });
}
