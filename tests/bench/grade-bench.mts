/**
 * npm run bench — grading throughput and latency through the real pool, against two baselines:
 *   1. the same learner code and tests with no sandbox (new Function in a plain Node process of
 *      its own, so that its heap and garbage are not the pool supervisor's), one submission at a
 *      time (the issue's baseline), and also two processes at a time, as the pool of two runs:
 *      one such process alone borrows the second core for V8's background compiling and garbage
 *      collection, which two at a time (or --single-threaded) cannot;
 *   2. a new Node process per submission (the naive safe design).
 * The three take turns in rounds (a block of each per round), so that a shared machine's speed,
 * which drifts within seconds, weighs on all three alike: "side by side in one run".
 * Every submission is a unique source (nothing can be cached: the grader's transpile cache,
 * grader/transpile-learner-code.ts, never hits here; GD_TRANSPILE_CACHE=0 turns it off). Prints the totals, then a table per
 * exercise (sandboxed against no sandbox, p50 and p95), and ends with one JSON line.
 */
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { prepareExercise, type PreparedExercise } from "../../grader/cases";
import { compareValues } from "../../grader/compare";
import { GraderPool } from "../../grader/pool";
import { loadExerciseCatalog } from "../../lib/exercises/load-catalog";
import { loadExerciseRuntime } from "../../lib/exercises/load-runtime";
import { EXERCISES_DIR } from "../../lib/exercises/paths";
import { decodeValue, hostMaterializers } from "../../lib/exercises/values";
import { transpileTypeScript } from "../../lib/exercises/transpile";

const MIX = ["softmax", "cross-entropy", "conv2d", "linear-regression-gd", "scaled-dot-product-attention"];
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const PROCESS_SUBMISSIONS = Number(process.env.BENCH_PROCESS_SUBMISSIONS ?? 40);
const CONCURRENCY = 2;
const ROUNDS = Math.max(1, Math.min(SUBMISSIONS, Number(process.env.BENCH_ROUNDS ?? 10)));

const catalog = loadExerciseCatalog(EXERCISES_DIR);
const exercises = MIX.map((id) => {
  const content = catalog.exercises.find((exercise) => exercise.meta.id === id);
  if (!content) throw new Error(`bench needs exercise ${id}`);
  // The reference as the grader holds it (its shared steps put in): a learner submits one file.
  const runtime = loadExerciseRuntime(EXERCISES_DIR, content);
  return {
    reference: runtime.referenceSource,
    id,
    prepared: prepareExercise(runtime),
  };
});

/** A unique source per submission: same code, different text (defeats any code cache). */
function submission(index: number) {
  const exercise = exercises[index % exercises.length];
  return { exercise, source: `${exercise.reference}\n// submission ${index} ${Math.random()}\nconst __unique${index} = ${index};\n` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

type Latencies = { all: number[]; byExercise: Map<string, number[]> };

function latencies(): Latencies {
  return { all: [], byExercise: new Map() };
}

function record(into: Latencies, exerciseId: string, elapsed: number): void {
  into.all.push(elapsed);
  const forExercise = into.byExercise.get(exerciseId) ?? [];
  forExercise.push(elapsed);
  into.byExercise.set(exerciseId, forExercise);
}

/** Submissions `from` to `to` through the pool, CONCURRENCY at a time; returns the block's seconds. */
async function poolBlock(pool: GraderPool, from: number, to: number, into: Latencies): Promise<number> {
  let next = from;
  let rejected = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < to) {
        const { exercise, source } = submission(next++);
        const t0 = performance.now();
        const result = await pool.grade(exercise.id, source, "submit");
        record(into, exercise.id, performance.now() - t0);
        if (result.verdict !== "accepted") rejected++;
      }
    }),
  );
  if (rejected > 0) throw new Error(`${rejected} reference submissions were not accepted`);
  return (performance.now() - started) / 1000;
}

/** The same tests, same comparison, learner code via new Function: the practical floor. */
function gradeWithoutSandbox(prepared: PreparedExercise, source: string): boolean {
  const transpiled = transpileTypeScript(source);
  if (!transpiled.ok) return false;
  const moduleExports: Record<string, unknown> = {};
  new Function("exports", "require", transpiled.code)(moduleExports, () => undefined);
  let ok = true;
  for (const test of [...prepared.examples, ...prepared.hidden]) {
    const learner = moduleExports[test.functionName] as (...args: unknown[]) => unknown;
    const args = decodeValue(JSON.parse(test.argsJson), hostMaterializers) as unknown[];
    try {
      const actual = decodeValue(JSON.parse(JSON.stringify(learner(...args))));
      if (test.throws || !compareValues(test.expected, actual, prepared.tolerance).ok) ok = false;
    } catch {
      if (!test.throws) ok = false;
    }
  }
  return ok;
}

/** The same submissions as a pool block, one after another in this process. */
function noSandboxBlock(from: number, to: number, into: Latencies): void {
  for (let i = from; i < to; i++) {
    const { exercise, source } = submission(i);
    const t0 = performance.now();
    if (!gradeWithoutSandbox(exercise.prepared, source)) throw new Error("no-sandbox baseline rejected a reference");
    record(into, exercise.id, performance.now() - t0);
  }
}

/** A fresh Node process per submission running the learner code on the tests' inputs. */
function processBlock(from: number, to: number, into: number[]): void {
  const script = `const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const m = {}; new Function("exports", "require", input.code)(m, () => undefined);
const mk = (s) => new Function('"use strict"; return (' + s + ');')();
const revive = (k, v) => (v && typeof v === "object" && typeof v.$fn === "string") ? mk(v.$fn) : v;
const out = input.cases.map((c) => { try { return JSON.stringify(m[c.name](...JSON.parse(c.args, revive))); } catch (e) { return null; } });
process.stdout.write(JSON.stringify(out));`;
  for (let i = from; i < to; i++) {
    const { exercise, source } = submission(i);
    const transpiled = transpileTypeScript(source);
    if (!transpiled.ok) throw new Error("transpile failed");
    const cases = [...exercise.prepared.examples, ...exercise.prepared.hidden];
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ["-e", script], {
      input: JSON.stringify({ code: transpiled.code, cases: cases.map((c) => ({ name: c.functionName, args: c.argsJson })) }),
      encoding: "utf8",
    });
    const outputs = JSON.parse(child.stdout) as (string | null)[];
    outputs.forEach((json, k) => {
      if (json !== null && !cases[k].throws) compareValues(cases[k].expected, decodeValue(JSON.parse(json)), exercise.prepared.tolerance);
    });
    into.push(performance.now() - t0);
  }
}

/** The no-sandbox run's own process: answers each block's latencies (after a warm-up, as the pool gets). */
function serveNoSandboxBlocks(): void {
  noSandboxBlock(0, 20, latencies());
  process.on("message", ({ from, to }: { from: number; to: number }) => {
    const into = latencies();
    noSandboxBlock(from, to, into);
    process.send?.({ all: into.all, byExercise: [...into.byExercise] });
  });
  process.send?.({ ready: true });
}

type BlockReply = { ready?: true; all: number[]; byExercise: [string, number[]][] };

function startNoSandboxProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_ROLE: "no-sandbox" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<BlockReply>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the no-sandbox process exited (${code})`));
      child.once("exit", exited);
      child.once("message", (reply) => {
        child.off("exit", exited);
        resolve(reply as BlockReply);
      });
    });
  const ready = next();
  return {
    ready,
    async block(from: number, to: number, into: Latencies): Promise<void> {
      const reply = next();
      child.send({ from, to });
      const { all, byExercise } = await reply;
      into.all.push(...all);
      for (const [exerciseId, values] of byExercise) into.byExercise.set(exerciseId, [...(into.byExercise.get(exerciseId) ?? []), ...values]);
    },
    stop: () => child.disconnect(),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
const sortedCopy = (values: number[] | undefined) => [...(values ?? [])].sort((a, b) => a - b);

if (process.env.BENCH_ROLE === "no-sandbox") {
  serveNoSandboxBlocks();
} else {
  await runBench();
}

async function runBench(): Promise<void> {
  const baseline = startNoSandboxProcess();
  const partner = startNoSandboxProcess();
  const pool = new GraderPool({ size: CONCURRENCY });
  await Promise.all([baseline.ready, partner.ready]);
  for (let i = 0; i < 20; i++) await pool.grade(submission(i).exercise.id, submission(i).source, "submit"); // start + prepare
  const sandboxed = latencies();
  const plain = latencies();
  const paired = latencies();
  const perProcessAll: number[] = [];
  const roundRatios: number[] = [];
  let poolSeconds = 0;
  let pairSeconds = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const [from, to] = [Math.floor((r * SUBMISSIONS) / ROUNDS), Math.floor(((r + 1) * SUBMISSIONS) / ROUNDS)];
    const before = [sandboxed.all.length, plain.all.length];
    poolSeconds += await poolBlock(pool, from, to, sandboxed);
    await baseline.block(from, to, plain);
    const middle = Math.floor((from + to) / 2);
    const pairStarted = performance.now();
    await Promise.all([baseline.block(from, middle, paired), partner.block(middle, to, paired)]);
    pairSeconds += (performance.now() - pairStarted) / 1000;
    processBlock(Math.floor((r * PROCESS_SUBMISSIONS) / ROUNDS), Math.floor(((r + 1) * PROCESS_SUBMISSIONS) / ROUNDS), perProcessAll);
    const [roundPool, roundPlain] = [sortedCopy(sandboxed.all.slice(before[0])), sortedCopy(plain.all.slice(before[1]))];
    if (roundPool.length > 0) roundRatios.push(percentile(roundPool, 50) / percentile(roundPlain, 50));
  }
  await pool.close();
  baseline.stop();
  partner.stop();
  const [poolAll, plainAll, pairedAll, perProcess] = [sortedCopy(sandboxed.all), sortedCopy(plain.all), sortedCopy(paired.all), sortedCopy(perProcessAll)];
  const summary = {
    p50_ms: round(percentile(poolAll, 50)),
    p95_ms: round(percentile(poolAll, 95)),
    grades_per_s: round(SUBMISSIONS / poolSeconds),
    nosandbox_p50_ms: round(percentile(plainAll, 50)),
    nosandbox_p95_ms: round(percentile(plainAll, 95)),
    nosandbox_pair_p50_ms: round(percentile(pairedAll, 50)),
    nosandbox_pair_p95_ms: round(percentile(pairedAll, 95)),
    nosandbox_pair_grades_per_s: round(SUBMISSIONS / pairSeconds),
    process_per_submission_p50_ms: round(percentile(perProcess, 50)),
  };
  console.log(`mix: ${MIX.join(", ")}; ${SUBMISSIONS} unique submissions, all tests each, concurrency ${CONCURRENCY}, ${ROUNDS} rounds`);
  console.log(`grading pool           p50 ${summary.p50_ms} ms   p95 ${summary.p95_ms} ms   ${summary.grades_per_s} grades/s`);
  console.log(`no sandbox (baseline)  p50 ${summary.nosandbox_p50_ms} ms   p95 ${summary.nosandbox_p95_ms} ms`);
  console.log(
    `no sandbox, 2 at once  p50 ${summary.nosandbox_pair_p50_ms} ms   p95 ${summary.nosandbox_pair_p95_ms} ms   ${summary.nosandbox_pair_grades_per_s} grades/s (two processes side by side, as the pool runs)`,
  );
  console.log(`process per submission p50 ${summary.process_per_submission_p50_ms} ms   (${PROCESS_SUBMISSIONS} submissions)`);
  console.log(
    `ratios: pool/no-sandbox p50 ${round(summary.p50_ms / summary.nosandbox_p50_ms)}x, p95 ${round(summary.p95_ms / summary.nosandbox_p95_ms)}x, process-per-submission/pool p50 ${round(summary.process_per_submission_p50_ms / summary.p50_ms)}x`,
  );
  console.log(
    `        pool/no-sandbox 2 at once p50 ${round(summary.p50_ms / summary.nosandbox_pair_p50_ms)}x, p95 ${round(summary.p95_ms / summary.nosandbox_pair_p95_ms)}x`,
  );
  const ratios = sortedCopy(roundRatios);
  console.log(`pool/no-sandbox p50 ratio per round: ${round(ratios[0])}x to ${round(ratios[ratios.length - 1])}x (how much the machine drifted)`);
  console.log("\nper exercise (ms)                 pool p50   p95 | no sandbox p50   p95 | ratio p50  p95");
  for (const id of MIX) {
    const [pooled, unsandboxed] = [sortedCopy(sandboxed.byExercise.get(id)), sortedCopy(plain.byExercise.get(id))];
    if (pooled.length === 0 || unsandboxed.length === 0) continue;
    const [p50, p95, n50, n95] = [percentile(pooled, 50), percentile(pooled, 95), percentile(unsandboxed, 50), percentile(unsandboxed, 95)].map(round);
    const cell = (value: number, width: number) => String(value).padStart(width);
    console.log(
      `${id.padEnd(30)} ${cell(p50, 8)} ${cell(p95, 5)} | ${cell(n50, 14)} ${cell(n95, 5)} | ${cell(round(p50 / n50), 9)} ${cell(round(p95 / n95), 4)}`,
    );
  }
  console.log(JSON.stringify(summary));
}
