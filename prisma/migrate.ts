/**
 * Prisma Migrate, offline, through the wasm schema engine (see docs in offline-stack notes).
 *
 *   npm run db:migrate -- --name <name>   diff prisma/schema.prisma against the migration history,
 *                                         write prisma/migrations/<timestamp>_<name>/ and apply it
 *                                         to the dev database (add --create-only to only write it)
 *   npm run db:migrate -- --reset         first empty the dev database (all its data is lost)
 *   npm run db:deploy                     apply pending migrations (production, CI, tests)
 *
 * The database is DATABASE_URL, else data/graded-descent.db (prisma/database-url.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations, MIGRATIONS_DIR } from "./apply-migrations";
import { getDatabasePath, getDatabaseUrl } from "./database-url";
import { migrateDev } from "./migrate-dev";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string", short: "n" },
      "create-only": { type: "boolean", default: false },
      "accept-data-loss": { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
    },
  });
  const command = positionals[0];
  const databaseUrl = getDatabaseUrl();
  const started = performance.now();
  if (command === "deploy") {
    console.log(`Database: ${getDatabasePath(databaseUrl)}`);
    await applyMigrations(databaseUrl, { log: (line) => console.log(line) });
    console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
    return 0;
  }
  if (command === "dev") {
    const schemaFile = path.join(path.dirname(MIGRATIONS_DIR), "schema.prisma");
    return migrateDev({
      databaseUrl,
      migrationsDir: MIGRATIONS_DIR,
      schema: { path: schemaFile, content: fs.readFileSync(schemaFile, "utf8") },
      name: values.name,
      isCreateOnly: values["create-only"],
      canLoseData: values["accept-data-loss"],
      shouldReset: values.reset,
    });
  }
  console.error("Usage: tsx prisma/migrate.ts dev --name <name> [--create-only] [--accept-data-loss] [--reset] | deploy");
  return 2;
}

// Exit explicitly: the engine leaves a ~60 s timer pending that would keep the process alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
