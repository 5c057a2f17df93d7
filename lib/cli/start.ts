/**
 * npm start: migrate the database, index the exercises, build the app if it was never built
 * (or its sources changed since), then serve it with `next start` on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { APP_ROOT } from "../exercises/paths";
import { prepareDatabase } from "./prepare-database";

const NEXT_BIN = path.join(APP_ROOT, "node_modules", ".bin", "next");
const SOURCE_FOLDERS = ["app", "lib", "grader"];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(APP_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCE_FOLDERS.some((folder) => newestMtime(path.join(APP_ROOT, folder)) > builtAt);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await prepareDatabase();
  if (needsBuild()) {
    console.log("Building the app (first start or changed sources; about a minute)...");
    const build = spawnSync(NEXT_BIN, ["build"], { cwd: APP_ROOT, stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  const server = spawn(NEXT_BIN, ["start", "-p", port], { cwd: APP_ROOT, stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
