import path from "node:path";
import { defineConfig } from "prisma/config";
import { getDatabaseUrl } from "./prisma/database-url";

const command = process.argv.slice(2).find((argument) => !argument.startsWith("-"));
if (command === "migrate" || command === "db") {
  // These need Prisma's native schema engine, downloaded on first use: impossible offline.
  console.error("Note: offline, use `npm run db:migrate` / `npm run db:deploy` (wasm engine, prisma/migrate.ts).");
} else {
  // `prisma generate` (and validate/format) only check that a schema-engine binary exists, and
  // otherwise try to download one (ENOTFOUND offline). Any existing file satisfies the check.
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join("node_modules", "@prisma", "schema-engine-wasm", "package.json");
}
// No update checks or telemetry: they only time out on a closed network (~2 s per call).
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // Same file as the app and prisma/migrate.ts: one absolute URL, computed in one place.
  datasource: { url: getDatabaseUrl() },
});
