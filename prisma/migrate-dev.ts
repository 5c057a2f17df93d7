import path from "node:path";
import { getDatabasePath } from "./database-url";
import { openSchemaEngine, type SchemaEngineSession } from "./engine";
import { readMigrationsList, writeMigration } from "./migrations-folder";
import { resetDatabaseFile } from "./reset-database";

export interface MigrateDevOptions {
  databaseUrl: string;
  migrationsDir: string;
  schema: { path: string; content: string };
  name: string | undefined;
  isCreateOnly: boolean;
  canLoseData: boolean;
  shouldReset: boolean;
}

/**
 * `prisma migrate dev`, step for step as the Prisma CLI runs it (devDiagnostic, apply pending,
 * evaluate data loss, create, apply), without its interactive prompts: a reset or data loss
 * needs an explicit flag. Returns the process exit code.
 */
export async function migrateDev(options: MigrateDevOptions): Promise<number> {
  const file = getDatabasePath(options.databaseUrl);
  if (options.shouldReset) {
    resetDatabaseFile(options.databaseUrl);
    console.log(`Reset ${file}: all its data is gone.`);
  }
  const session = await openSchemaEngine({ databaseUrl: options.databaseUrl, schema: options.schema });
  try {
    return await runSteps(session, options, file);
  } finally {
    await session.close();
  }
}

async function runSteps(session: SchemaEngineSession, options: MigrateDevOptions, file: string): Promise<number> {
  const list = await readMigrationsList(options.migrationsDir);
  const diagnostic = await session.devDiagnostic(list);
  if (diagnostic.action.tag === "reset") {
    console.error(`${diagnostic.action.reason}\nThe dev database ${file} must be reset.`);
    console.error("Run `npm run db:migrate -- --reset` (all data in it will be lost).");
    return 1;
  }
  const { appliedMigrationNames } = await session.applyMigrations(list);
  for (const name of appliedMigrationNames) console.log(`Applied pending migration ${name}`);

  const dataLoss = await session.evaluateDataLoss(list);
  if (dataLoss.unexecutableSteps.length > 0) {
    for (const step of dataLoss.unexecutableSteps) console.error(`Cannot migrate: ${step.message}`);
    console.error("Change the schema (e.g. give the new required column a default) or reset with --reset.");
    return 1;
  }
  if (dataLoss.warnings.length > 0 && !options.canLoseData) {
    for (const warning of dataLoss.warnings) console.error(`Warning: ${warning.message}`);
    console.error("Re-run with --accept-data-loss to create and apply this migration anyway.");
    return 1;
  }
  if (dataLoss.migrationSteps === 0 && !options.isCreateOnly) {
    console.log(appliedMigrationNames.length > 0 ? "The database is now in sync with the schema." : "Already in sync: no schema change or pending migration.");
    return 0;
  }
  if (!options.name || !/^[A-Za-z0-9_-]+$/.test(options.name)) {
    console.error("The schema changed: name the migration with --name <name> (letters, digits, _ and -).");
    return 1;
  }
  const created = await session.createMigration(list, { name: options.name, draft: options.isCreateOnly });
  if (created.migrationScript === null) {
    console.log("No migration needed.");
    return 0;
  }
  const folder = await writeMigration({
    migrationsDir: options.migrationsDir,
    name: created.generatedMigrationName,
    script: created.migrationScript,
    extension: created.extension,
    connectorType: created.connectorType,
  });
  console.log(`Created ${path.relative(process.cwd(), folder)}/migration.${created.extension}`);
  if (options.isCreateOnly) {
    console.log("Not applied (--create-only): edit it, then run `npm run db:migrate` to apply it.");
    return 0;
  }
  const applied = await session.applyMigrations(await readMigrationsList(options.migrationsDir));
  for (const name of applied.appliedMigrationNames) console.log(`Applied migration ${name}`);
  console.log("The database is now in sync with the schema.");
  return 0;
}
