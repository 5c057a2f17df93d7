import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database, for `npm run user:create` (tests/e2e/create-account.ts). */
    databaseUrl: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const STARTUP_TIMEOUT_MS = 90_000;

/**
 * Serves the built app on a free port with a throwaway database: migrations applied and the
 * exercises indexed by `db:seed` (the same functions as `npm start`), then `next start`. One
 * server per run: every e2e file reads its address with `inject("baseUrl")`.
 * The server runs in its own process group so that teardown also ends its grading processes.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` before `npm run test:e2e`.");
  }
  // GD_E2E_DATA_DIR: a test that restarts its own server (after changing an exercise) keeps its database.
  const keptDir = process.env.GD_E2E_DATA_DIR;
  const dataDir = keptDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "gd-e2e-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`, NEXT_TELEMETRY_DISABLED: "1" };

  const seed = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lib/cli/db-seed.ts"], { cwd: ROOT, env, encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`db:seed failed:\n${seed.stdout}\n${seed.stderr}`);

  const port = await freePort();
  const logPath = path.join(dataDir, "server.log");
  const log = fs.openSync(logPath, "a");
  const server = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseUrl, server, logPath);
  } catch (error) {
    await stop(server);
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", env.DATABASE_URL);

  return async () => {
    await stop(server);
    fs.closeSync(log);
    if (keptDir) return;
    if (process.env.GD_E2E_KEEP !== "1") fs.rmSync(dataDir, { recursive: true, force: true });
    else console.log(`e2e data and server log kept in ${dataDir}`);
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(baseUrl: string, server: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${tail(logPath)}`);
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`next start did not answer within ${STARTUP_TIMEOUT_MS / 1000} s:\n${tail(logPath)}`);
}

/** Ends the server's process group (next and its grading processes): TERM, then KILL. */
async function stop(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  signalGroup(server.pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(server.pid as number, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  signalGroup(server.pid, "SIGKILL"); // grading processes that outlived their parent
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return "(no server log)";
  }
}
