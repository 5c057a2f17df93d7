/**
 * npm run loadtest — the project's own load generator, end to end through the production server.
 *
 * Builds if needed and starts the server the way `npm start` does (lib/cli/start.ts) on a
 * throwaway database, then runs the scenarios. Every virtual learner has its own cookie and its
 * own address (X-Forwarded-For, with GD_TRUST_PROXY=1, as behind a reverse proxy) and loops Run
 * then Submit on softmax with correct, wrong and hostile code; a probe times
 * GET /api/auth/session meanwhile (how long any request waits for the event loop), and
 * /api/health is polled for queue depth, event-loop delay and grading-process restarts.
 *
 *   class  300 learners, ~10 s think time, 2% hostile
 *   burst   50 learners, no think time, ~1% hostile
 *   abuse   20 learners, ~1 s think time, 10% hostile
 *   crash   20 learners; kill -9 of the whole server (its process group) mid-load, restart on the
 *           same database: every acknowledged submission must be there, PRAGMA integrity_check ok
 *
 * Options: --scenarios class,burst,abuse,crash  --duration <s> (per scenario; default 40)
 *          --smoke (a few learners for a few seconds: what CI runs)  --port <n>  --keep (keep the data dir)
 *          --cpu-prof <dir> (the server's processes write V8 CPU profiles there when it stops)
 * Prints progress while it runs, a table, and one JSON line last. Exit 1 when a scenario had
 * errors or the crash check failed. Timing targets are printed beside the numbers, never enforced:
 * they mean something on a quiet 2-core machine only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { assembleMistake } from "../../lib/exercises/assemble-mistake";
import { assembleReference } from "../../lib/exercises/assemble-reference";
import { cpuSharesBetween, readCpuSnapshot, type CpuShares } from "./cpu-shares";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SOFTMAX = path.join(ROOT, "exercises", "ml-math", "softmax");

type ScenarioName = "class" | "burst" | "abuse" | "crash";
interface Scenario {
  name: ScenarioName;
  learners: number;
  /** Think time between requests, ms: uniform in [min, max]. */
  think: [number, number];
  hostile: number;
  wrong: number;
  durationS: number;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const SMOKE = flag("smoke");
const DURATION_S = Number(option("duration") ?? (SMOKE ? 5 : 40));
const CPU_PROF = option("cpu-prof");
const SELECTED = (option("scenarios") ?? "class,burst,abuse,crash").split(",") as ScenarioName[];
if (!Number.isFinite(DURATION_S) || DURATION_S <= 0) usage("--duration must be a positive number of seconds");
for (const name of SELECTED) if (!["class", "burst", "abuse", "crash"].includes(name)) usage(`unknown scenario "${name}"`);

const SCENARIOS: Record<ScenarioName, Scenario> = SMOKE
  ? {
      class: { name: "class", learners: 12, think: [200, 800], hostile: 0.05, wrong: 0.35, durationS: DURATION_S },
      burst: { name: "burst", learners: 5, think: [0, 0], hostile: 0.05, wrong: 0.35, durationS: DURATION_S },
      abuse: { name: "abuse", learners: 4, think: [100, 300], hostile: 0.2, wrong: 0.3, durationS: DURATION_S },
      crash: { name: "crash", learners: 5, think: [50, 150], hostile: 0, wrong: 0.3, durationS: Math.max(6, DURATION_S) },
    }
  : {
      class: { name: "class", learners: 300, think: [5_000, 15_000], hostile: 0.02, wrong: 0.35, durationS: DURATION_S },
      burst: { name: "burst", learners: 50, think: [0, 0], hostile: 0.01, wrong: 0.35, durationS: DURATION_S },
      abuse: { name: "abuse", learners: 20, think: [500, 1_500], hostile: 0.1, wrong: 0.3, durationS: DURATION_S },
      crash: { name: "crash", learners: 20, think: [100, 300], hostile: 0.01, wrong: 0.3, durationS: DURATION_S },
    };

// ---- code the learners send -------------------------------------------------------------------
// As a learner sends them: one whole file each (a mistake file states only what it overrides).
const REFERENCE = assembleReference(path.join(ROOT, "exercises"), path.join(SOFTMAX, "reference.ts"));
const MISTAKES = fs
  .readdirSync(path.join(SOFTMAX, "mistakes"))
  .map((file) => assembleMistake(REFERENCE, fs.readFileSync(path.join(SOFTMAX, "mistakes", file), "utf8")));
const HOSTILE = [
  "export function softmax(z: number[]): number[] { while (true) {} }",
  "export function softmax(z: number[]): number[] { const keep: number[][] = []; for (;;) keep.push(new Array(1_000_000).fill(keep.length + 0.5)); }",
];
type Kind = "correct" | "wrong" | "hostile";
let unique = 0;
function pickCode(scenario: Scenario): { kind: Kind; code: string } {
  const roll = Math.random();
  const tag = `\n// load ${++unique} ${Math.random()}\n`; // every source is new: nothing can be cached
  if (roll < scenario.hostile) return { kind: "hostile", code: HOSTILE[unique % HOSTILE.length] + tag };
  if (roll < scenario.hostile + scenario.wrong) return { kind: "wrong", code: MISTAKES[unique % MISTAKES.length] + tag };
  return { kind: "correct", code: REFERENCE + tag };
}

// ---- measurements -----------------------------------------------------------------------------
class Stats {
  readonly latencies = new Map<string, number[]>();
  ok = 0;
  errors = 0;
  limited = 0;
  busy = 0;
  errorSamples: string[] = [];
  acknowledged: { id: string; learner: VirtualLearner }[] = [];
  probe: number[] = [];
  health = { maxQueue: 0, loopP99Ms: 0, loopMaxMs: 0, restarts: 0, samples: 0 };
  record(key: string, ms: number) {
    const list = this.latencies.get(key) ?? [];
    list.push(ms);
    this.latencies.set(key, list);
  }
  error(detail: string) {
    this.errors++;
    if (this.errorSamples.length < 5) this.errorSamples.push(detail);
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const round = (ms: number) => Math.round(ms * 10) / 10;

// ---- the server -------------------------------------------------------------------------------
class Server {
  child: ChildProcess | null = null;
  readonly baseUrl: string;
  constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }
  get databasePath() {
    return path.join(this.dataDir, "load.db");
  }
  /** `npm start`'s path (migrate, index, build if needed, next start), in its own process group. */
  async start(): Promise<void> {
    const log = fs.openSync(path.join(this.dataDir, "server.log"), "a");
    this.child = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "lib", "cli", "start.ts")], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: `file:${this.databasePath}`,
        GD_TRUST_PROXY: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        ...(CPU_PROF ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(CPU_PROF)}` } : {}),
      },
      stdio: ["ignore", log, log],
      detached: true,
    });
    fs.closeSync(log);
    const deadline = Date.now() + 300_000; // a first build takes a minute or two on a busy machine
    let lastNote = 0;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the server exited (${this.child.exitCode}):\n${this.tail()}`);
      try {
        const response = await fetch(`${this.baseUrl}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() - lastNote > 10_000) {
        lastNote = Date.now();
        progress(`waiting for the server (${this.tail().split("\n").filter(Boolean).at(-1)?.slice(0, 100) ?? "starting"})`);
      }
      await sleep(300);
    }
    throw new Error(`the server did not become healthy:\n${this.tail()}`);
  }
  /** kill -9 of the whole server: npm start's process, next start and the grading processes. */
  killHard(): void {
    if (this.child?.pid) process.kill(-this.child.pid, "SIGKILL");
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  tail(): string {
    try {
      return fs.readFileSync(path.join(this.dataDir, "server.log"), "utf8").slice(-2000);
    } catch {
      return "";
    }
  }
}

// ---- a virtual learner ------------------------------------------------------------------------
class VirtualLearner {
  cookie: string | null = null;
  constructor(
    readonly index: number,
    readonly server: Server,
  ) {}
  get address() {
    return `10.${(this.index >> 16) & 255}.${(this.index >> 8) & 255}.${(this.index & 255) + 1}`;
  }
  async request(method: string, url: string, body?: unknown): Promise<{ status: number; json: unknown; retryAfter: number }> {
    const headers: Record<string, string> = { origin: this.server.baseUrl, "x-forwarded-for": this.address };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    const response = await fetch(`${this.server.baseUrl}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith("gd_learner="));
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const json = await response.json().catch(() => null);
    return { status: response.status, json, retryAfter: Number(response.headers.get("retry-after") ?? 0) };
  }
}

async function learnerLoop(learner: VirtualLearner, scenario: Scenario, stats: Stats, until: () => boolean, endsAt: number): Promise<void> {
  // No wait outlasts the scenario: a learner thinking 15 s at the end would stretch its run (and
  // dilute its grades/s and CPU line) with time in which nothing is sent.
  const pause = (ms: number) => sleep(Math.max(0, Math.min(ms, endsAt - performance.now())));
  const think = () => pause(scenario.think[0] + Math.random() * (scenario.think[1] - scenario.think[0]));
  // Class learners arrive over the first think time rather than all in the same millisecond.
  if (scenario.think[1] > 0) await pause(Math.random() * scenario.think[1]);
  while (!until()) {
    for (const op of ["run", "submit"] as const) {
      if (until()) return;
      const { kind, code } = pickCode(scenario);
      const url = op === "run" ? "/api/exercises/softmax/run" : "/api/exercises/softmax/submissions";
      const started = performance.now();
      try {
        const { status, json, retryAfter } = await learner.request("POST", url, { code });
        const ms = performance.now() - started;
        if (status === 200 || status === 201) {
          stats.ok++;
          stats.record(`${op}:${kind}`, ms);
          const verdict = json as { verdict?: string; result?: { verdict?: string } } | null;
          const got = op === "run" ? verdict?.verdict : verdict?.result?.verdict;
          if (kind === "correct" && got !== "accepted") stats.error(`${op} of correct code: ${got}`);
          if (op === "submit") stats.acknowledged.push({ id: (json as { submissionId: string }).submissionId, learner });
        } else if (status === 429 || status === 503) {
          if (status === 429) stats.limited++;
          else stats.busy++;
          await pause(Math.max(1, retryAfter) * 1000);
        } else stats.error(`${op} answered ${status}: ${JSON.stringify(json).slice(0, 160)}`);
      } catch (error) {
        if (!until()) stats.error(`${op}: ${error instanceof Error ? error.message : String(error)}`);
      }
      await think();
    }
  }
}

async function probeLoop(server: Server, stats: Stats, until: () => boolean): Promise<void> {
  while (!until()) {
    const started = performance.now();
    try {
      await (await fetch(`${server.baseUrl}/api/auth/session`)).arrayBuffer();
      stats.probe.push(performance.now() - started);
    } catch {
      // the crash scenario kills the server under the probe
    }
    await sleep(100);
  }
}

async function healthLoop(server: Server, stats: Stats, until: () => boolean): Promise<void> {
  let firstRestarts: number | null = null;
  while (!until()) {
    try {
      const health = (await (await fetch(`${server.baseUrl}/api/health`)).json()) as {
        eventLoop: { p99Ms: number; currentMaxMs: number };
        grader: { queued: { submit: number; run: number }; restarts: { total: number } };
      };
      stats.health.samples++;
      stats.health.maxQueue = Math.max(stats.health.maxQueue, health.grader.queued.submit + health.grader.queued.run);
      stats.health.loopP99Ms = Math.max(stats.health.loopP99Ms, health.eventLoop.p99Ms);
      stats.health.loopMaxMs = Math.max(stats.health.loopMaxMs, health.eventLoop.currentMaxMs);
      firstRestarts ??= health.grader.restarts.total;
      stats.health.restarts = health.grader.restarts.total - firstRestarts;
    } catch {
      // the crash scenario kills the server under the poller
    }
    await sleep(1000);
  }
}

async function runScenario(scenario: Scenario, server: Server): Promise<{ stats: Stats; seconds: number; crash?: CrashCheck; cpu?: CpuShares }> {
  const stats = new Stats();
  const cpuBefore = readCpuSnapshot(server.child?.pid);
  const started = performance.now();
  const stopAt = started + scenario.durationS * 1000;
  let crashed = false;
  const until = () => performance.now() >= stopAt || (scenario.name === "crash" && crashed);
  const learners = Array.from({ length: scenario.learners }, (_, i) => new VirtualLearner(i + 1 + scenarioOffset(scenario), server));
  const ticker = setInterval(() => progress(progressLine(scenario, stats, (performance.now() - started) / 1000)), 2000);
  const loops = [
    ...learners.map((learner) => learnerLoop(learner, scenario, stats, until, stopAt)),
    probeLoop(server, stats, until),
    healthLoop(server, stats, until),
  ];
  let crash: CrashCheck | undefined;
  if (scenario.name === "crash") {
    await sleep((scenario.durationS * 1000) / 2);
    const acknowledgedBefore = stats.acknowledged.length;
    server.killHard();
    crashed = true;
    progress(`crash: kill -9 of the server's process group with ${acknowledgedBefore} submissions acknowledged; restarting`);
    await Promise.all(loops);
    clearInterval(ticker);
    const seconds = (performance.now() - started) / 1000;
    await server.start();
    crash = await checkCrash(server, stats);
    return { stats, seconds, crash };
  }
  await Promise.all(loops);
  clearInterval(ticker);
  const cpuAfter = readCpuSnapshot(server.child?.pid);
  const cpu = cpuBefore && cpuAfter ? cpuSharesBetween(cpuBefore, cpuAfter, os.availableParallelism()) : undefined;
  return { stats, seconds: (performance.now() - started) / 1000, ...(cpu ? { cpu } : {}) };
}

/** A few requests before measuring: the first ones compile routes and warm the grading processes. */
async function warmUp(server: Server): Promise<void> {
  const learner = new VirtualLearner(9999, server);
  for (let i = 0; i < 5; i++) {
    await learner.request("POST", "/api/exercises/softmax/run", { code: REFERENCE });
    await learner.request("POST", "/api/exercises/softmax/submissions", { code: REFERENCE });
    await learner.request("GET", "/api/auth/session");
    await learner.request("GET", "/api/health");
  }
}

const scenarioOffset = (scenario: Scenario) => ({ class: 0, burst: 1000, abuse: 2000, crash: 3000 })[scenario.name];

interface CrashCheck {
  acknowledged: number;
  presentInDatabase: number;
  presentThroughApi: number;
  lost: number;
  integrity: string;
}

/** After the restart: every acknowledged submission is in the database and its learner can open it. */
async function checkCrash(server: Server, stats: Stats): Promise<CrashCheck> {
  const ids = stats.acknowledged.map((entry) => entry.id);
  const db = new Database(server.databasePath, { readonly: true });
  const integrity = (db.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
  const present = new Set<string>();
  const lookup = db.prepare("SELECT id FROM Submission WHERE id = ?");
  for (const id of ids) if (lookup.get(id)) present.add(id);
  db.close();
  let throughApi = 0;
  for (const { id, learner } of stats.acknowledged) {
    const { status } = await learner.request("GET", `/api/submissions/${encodeURIComponent(id)}`);
    if (status === 200) throughApi++;
  }
  return { acknowledged: ids.length, presentInDatabase: present.size, presentThroughApi: throughApi, lost: ids.length - present.size, integrity };
}

// ---- reporting ---------------------------------------------------------------------------------
function progressLine(scenario: Scenario, stats: Stats, elapsed: number): string {
  const all = (op: string) => [...stats.latencies].filter(([key]) => key.startsWith(op)).flatMap(([, list]) => list);
  return (
    `[${scenario.name} ${elapsed.toFixed(0)}/${scenario.durationS}s] ok ${stats.ok} (${(stats.ok / Math.max(1, elapsed)).toFixed(0)}/s)` +
    ` · p95 run ${round(percentile(all("run"), 95))} ms, submit ${round(percentile(all("submit"), 95))} ms` +
    ` · probe max ${round(Math.max(0, ...stats.probe))} ms · errors ${stats.errors} · 429 ${stats.limited} · 503 ${stats.busy} · queue max ${stats.health.maxQueue}`
  );
}

function summarize(scenario: Scenario, result: { stats: Stats; seconds: number; crash?: CrashCheck; cpu?: CpuShares }) {
  const { stats, seconds } = result;
  const ops: Record<string, { n: number; p50: number; p95: number; max: number }> = {};
  for (const [key, list] of [...stats.latencies].sort())
    ops[key] = { n: list.length, p50: round(percentile(list, 50)), p95: round(percentile(list, 95)), max: round(Math.max(...list)) };
  return {
    scenario: scenario.name,
    learners: scenario.learners,
    seconds: round(seconds),
    gradesPerSecond: round(stats.ok / seconds),
    ok: stats.ok,
    errors: stats.errors,
    errorSamples: stats.errorSamples,
    rateLimited429: stats.limited,
    busy503: stats.busy,
    ops,
    probe: { n: stats.probe.length, p50: round(percentile(stats.probe, 50)), p95: round(percentile(stats.probe, 95)), max: round(Math.max(0, ...stats.probe)) },
    health: stats.health,
    ...(result.cpu ? { cpu: result.cpu } : {}),
    ...(result.crash ? { crash: result.crash } : {}),
  };
}

const TARGETS: Record<ScenarioName, string> = {
  class: "p95 run/submit ≤ 200 ms (correct, wrong); probe max ≤ 250 ms; no errors",
  burst: "≥ 200 grades/s; no errors",
  abuse: "p95 run/submit:correct ≤ 300 ms",
  crash: "lost 0; integrity ok",
};

function printTable(summaries: ReturnType<typeof summarize>[]): void {
  const line = (cells: (string | number)[]) => console.log(cells.map((cell, i) => String(cell).padEnd(i === 0 ? 18 : 9)).join(" "));
  for (const summary of summaries) {
    console.log(
      `\n${summary.scenario}: ${summary.learners} learners, ${summary.seconds} s, ${summary.gradesPerSecond} grades/s, errors ${summary.errors}, 429 ${summary.rateLimited429}, 503 ${summary.busy503} (target: ${TARGETS[summary.scenario as ScenarioName]})`,
    );
    line(["", "n", "p50 ms", "p95 ms", "max ms"]);
    for (const [key, op] of Object.entries(summary.ops)) line([key, op.n, op.p50, op.p95, op.max]);
    line(["probe /session", summary.probe.n, summary.probe.p50, summary.probe.p95, summary.probe.max]);
    console.log(
      `health: queue max ${summary.health.maxQueue}, event-loop p99 ${summary.health.loopP99Ms} ms, max ${summary.health.loopMaxMs} ms, grading-process restarts ${summary.health.restarts}`,
    );
    if (summary.cpu)
      console.log(
        `cpu (cores): web server ${summary.cpu.web}, grading processes ${summary.cpu.grading}, load generator ${summary.cpu.generator}, idle ${summary.cpu.idle}`,
      );
    if (summary.crash)
      console.log(
        `crash: ${summary.crash.acknowledged} acknowledged, ${summary.crash.presentInDatabase} in the database, ${summary.crash.presentThroughApi} through the API, lost ${summary.crash.lost}, integrity ${summary.crash.integrity}`,
      );
    for (const sample of summary.errorSamples) console.log(`  error: ${sample}`);
  }
}

// ---- main --------------------------------------------------------------------------------------
function progress(text: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
}
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function usage(message: string): never {
  console.error(`loadtest: ${message}\nusage: npm run loadtest -- [--smoke] [--duration <s>] [--scenarios class,burst,abuse,crash] [--port <n>] [--keep]`);
  process.exit(2);
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

async function main(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-load-"));
  const server = new Server(Number(option("port") ?? (await freePort())), dataDir);
  const summaries: ReturnType<typeof summarize>[] = [];
  const cleanup = () => {
    void server.stop();
  };
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    progress(`starting the production server on ${server.baseUrl} (database ${server.databasePath})`);
    await server.start();
    await warmUp(server);
    for (const name of SELECTED) {
      const scenario = SCENARIOS[name];
      progress(`${name}: ${scenario.learners} learners for ${scenario.durationS} s`);
      summaries.push(summarize(scenario, await runScenario(scenario, server)));
    }
  } finally {
    await server.stop();
    if (!flag("keep")) fs.rmSync(dataDir, { recursive: true, force: true });
    else progress(`data and server log kept in ${dataDir}`);
  }
  printTable(summaries);
  const crash = summaries.find((summary) => summary.crash)?.crash;
  const failed =
    summaries.some((summary) => summary.errors > 0) ||
    (crash !== undefined && (crash.lost > 0 || crash.integrity !== "ok" || crash.presentThroughApi !== crash.acknowledged));
  console.log(
    JSON.stringify({
      smoke: SMOKE,
      cores: os.availableParallelism(),
      loadAverage: os.loadavg().map((value) => round(value)),
      ok: !failed,
      scenarios: summaries,
    }),
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`loadtest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
