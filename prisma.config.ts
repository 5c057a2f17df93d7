import path from "node:path";
import { defineConfig } from "prisma/config";
import { getDatabaseUrl } from "./lib/db/database-url";

// `prisma generate` only checks that a schema-engine binary exists before generating, and
// otherwise downloads one (which fails offline). Migrations never use it: prisma/migrate.ts
// drives the WebAssembly engine instead. Set here so every `prisma` call, on every OS, works.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join("node_modules", "@prisma", "schema-engine-wasm", "package.json");
// No update checks or telemetry: they only time out on a closed network (~2 s per call).
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: getDatabaseUrl() },
});
