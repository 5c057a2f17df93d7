import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import { getDatabasePath } from "./database-url";

/** The adapter factory handed to the wasm schema engine, and a way to close what it opened. */
export interface EngineAdapter {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Closes every connection the engine opened. The engine never closes them itself, and it
   * puts the main one in `locking_mode=EXCLUSIVE`: until closed, nobody else can use the file. */
  closeConnections(): Promise<void>;
}

/**
 * Builds the better-sqlite3 factory for the schema engine, creating the database's folder if
 * missing (better-sqlite3 creates the file, not its folder).
 */
export function createEngineAdapter(databaseUrl: string): EngineAdapter {
  fs.mkdirSync(path.dirname(getDatabasePath(databaseUrl)), { recursive: true });
  const inner = new PrismaBetterSqlite3({ url: databaseUrl });
  const connections: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const patched = withScriptFallback(adapter);
    connections.push(patched);
    return patched;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(tracking),
    closeConnections: async () => {
      for (const connection of connections.splice(0)) await connection.dispose().catch(() => undefined);
    },
  };
}

/**
 * Engine bug 2: the engine replays whole multi-statement migration files on the (in-memory)
 * shadow database through `executeRaw`, which better-sqlite3 refuses ("contains more than one
 * statement", surfacing as P3006 "External error id#0"). Argument-less SQL that fails that way
 * is run with `executeScript` instead. Nothing ran when prepare() refused it, so retrying is safe.
 * Applied to every connection: harmless where the engine already uses executeScript.
 */
function withScriptFallback(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = async (query: SqlQuery): Promise<number> => {
    try {
      return await adapter.executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultipleStatementsError(error)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  const patched: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw,
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: () => adapter.dispose(),
  };
  if (adapter.getConnectionInfo) patched.getConnectionInfo = () => adapter.getConnectionInfo!();
  return patched;
}

function isMultipleStatementsError(error: unknown): boolean {
  return error instanceof Error && /more than one statement/i.test(error.message);
}
