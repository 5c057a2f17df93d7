import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { APP_ROOT } from "../lib/exercises/paths";
import { ZGradeResult } from "../lib/grading/grade-result-schema";
import type { ReferenceCost } from "./derive-limits";
import type { GradeMode, GradeResult, Verdict } from "../lib/grading/types";
import {
  ZExerciseSummary,
  ZReferenceCost,
  ZWorkerResponse,
  type ExerciseSummary,
  type GradeJob,
  type Job as JobRequest,
  type WorkerErrorCode,
  type WorkerRequest,
} from "./protocol";
import { FairJobQueue, type JobQueue, type Lane } from "./job-queue";

export interface PoolOptions {
  size: number;
  /** Whole-job deadline enforced by killing the process (covers every clock inside it). */
  wallClockMs: number;
  /** Resident memory ceiling of a grading process, read from /proc while a job runs. */
  rssLimitMb: number;
  /** Recycle a process after this many jobs: bounds slow leaks. */
  maxJobsPerWorker: number;
  /** Jobs waiting beyond this are refused at once rather than queued forever (runs may fill half). */
  maxQueue: number;
  /**
   * A Run (or describe) still waiting after this long is answered "busy" (503 + Retry-After): the
   * learner retries rather than staring at a spinner. Queued submits have no deadline: once one is
   * accepted into the queue it is graded and stored, however long that takes. null: no deadline,
   * for batch tools (check:exercises, measure:budgets) that queue every exercise at once and have
   * no learner waiting on any one job.
   */
  runQueueDeadlineMs: number | null;
  /** Node/V8 flags of the grading processes (default: GRADER_V8_FLAGS or the tuned set). */
  v8Flags: string[];
  /** Development: grading processes load an exercise again when its files change (else once). */
  reloadExercises: boolean;
}

export const DEFAULT_POOL_OPTIONS: Omit<PoolOptions, "v8Flags"> = {
  size: 2,
  wallClockMs: 10_000,
  rssLimitMb: 768,
  maxJobsPerWorker: 1000,
  maxQueue: 200,
  runQueueDeadlineMs: 5000,
  reloadExercises: false,
};

/** After this many grading processes in a row die before they are ready, queued jobs are refused. */
const START_FAILURES_BEFORE_GIVING_UP = 3;

/** A failure of the grading service itself (not of the learner's code). */
export class GraderError extends Error {
  constructor(
    readonly code: WorkerErrorCode | "busy" | "closed",
    message: string,
    /** For "busy": about when a retry can be served, from the queue's depth and recent grading times. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Whose job it is, for round-robin: a learner id, or an address for callers without one. */
export interface GradeOptions {
  owner?: string;
}

/** Operational counters for /api/health and the load test (no learner data). */
export interface PoolStats {
  queued: { submit: number; run: number };
  processes: { size: number; alive: number; ready: number; busy: number };
  restarts: { total: number; time: number; memory: number; crashed: number; recycled: number };
  jobs: { completed: number; refused: number; expired: number };
  /** Moving average of a job's time in a grading process, ms. */
  serviceMs: number;
}

type Job = {
  request: JobRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  deadline?: NodeJS.Timeout;
};

interface Worker {
  child: ChildProcess;
  ready: boolean;
  jobs: number;
  stderrTail: string;
  current: {
    id: number;
    job: Job;
    timer: NodeJS.Timeout;
    monitor: NodeJS.Timeout;
    killedFor?: "time" | "memory";
    startedAt: number;
    /** Which tier the process said it was running: a crash in "robustness" is graded again without it. */
    phase?: "robustness" | "required";
  } | null;
}

const WORKER_ENTRY = path.join(APP_ROOT, "grader", "worker.ts");

/** What V8 prints when a heap is exhausted beyond recovery (the fatal out-of-memory report). */
const V8_OUT_OF_MEMORY = /heap out of memory|is_heap_oom|Reached heap limit|Last few GCs/i;

/**
 * V8 flags of the grading processes (besides --no-node-snapshot, which isolated-vm requires on
 * Node 20+). --single-threaded keeps V8's background compiler and GC threads from competing
 * with the other grading process for the 2 cores. --max-opt=2 stops tiering at Maglev: a
 * submission's code lives for one grade, and single-threaded TurboFan compiles on the grading
 * thread what it will barely run again. Measured with `npm run bench` on Node 24.21 /
 * isolated-vm 7.0.2, 2 cores, 1500 grades, four rounds interleaved:
 *   --single-threaded                                 p50 5.45-5.56 ms  p95 14.0-16.7 ms  286-303 grades/s
 *   --single-threaded --max-opt=2                     p50 4.71-4.77 ms  p95  9.5-11.3 ms  364-381 grades/s
 *   --single-threaded --max-opt=2 --always-sparkplug  p50 4.68-5.41 ms  p95  9.7-12.2 ms  319-382 grades/s
 *   --max-opt=2                                       p50 5.0-6.1 ms    p95 11.6-14.8 ms  278-339 grades/s
 * (Earlier: no flags p50 5.7-6.1 ms, 253-275 grades/s; --no-lazy-feedback-allocation paid on
 * Node 20 only; --invocation-count-for-turbofan=50000 instead of --max-opt=2 gained nothing:
 * long loops reach TurboFan by on-stack replacement anyway.) The price: one call that runs for
 * several ms is slower without TurboFan (project-linear-regression's longest fit, 4.9 -> 7.7 ms,
 * `npm run measure:budgets`), far inside the stored limits, which check:exercises verifies under
 * these flags; suites of short calls got faster (power-iteration 16.9 -> 8.3 ms).
 * Override with GRADER_V8_FLAGS="..." to experiment.
 */
const V8_TUNING = (process.env.GRADER_V8_FLAGS ?? "--single-threaded --max-opt=2").split(" ").filter(Boolean);

/**
 * Supervises a pool of long-lived grading processes. Each runs one job at a time; a job that
 * overruns the wall clock or the RSS ceiling gets its process killed (and a verdict), and a
 * replacement is started. A learner's code can therefore never crash, hang or slow the caller.
 */
export class GraderPool {
  private readonly workers: Worker[] = [];
  private readonly queue: JobQueue<Job> = new FairJobQueue<Job>();
  private readonly counters = { time: 0, memory: 0, crashed: 0, recycled: 0, completed: 0, refused: 0, expired: 0 };
  private serviceMs = 5;
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  private readonly options: PoolOptions;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...DEFAULT_POOL_OPTIONS, v8Flags: V8_TUNING, ...options };
    for (let i = 0; i < this.options.size; i++) this.workers.push(this.spawn());
  }

  async grade(exerciseId: string, source: string, mode: GradeMode, options: GradeOptions = {}): Promise<GradeResult> {
    const raw = await this.submit({ type: "grade", exerciseId, source, mode }, options.owner ?? "");
    const parsed = ZGradeResult.safeParse(raw);
    if (!parsed.success) throw new GraderError("internal", `a grading process returned a malformed result: ${parsed.error.message.slice(0, 300)}`);
    return parsed.data;
  }

  async describe(exerciseId: string): Promise<ExerciseSummary> {
    const parsed = ZExerciseSummary.safeParse(await this.submit({ type: "describe", exerciseId }, ""));
    if (!parsed.success) throw new GraderError("internal", "a grading process returned a malformed summary");
    return parsed.data;
  }

  /** The reference's CPU cost in the sandbox, from which the exercise's time limits derive. */
  async measure(exerciseId: string): Promise<ReferenceCost> {
    const parsed = ZReferenceCost.safeParse(await this.submit({ type: "measure", exerciseId }, ""));
    if (!parsed.success) throw new GraderError("internal", "a grading process returned a malformed measurement");
    return parsed.data;
  }

  /** Stops every grading process; pending jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.takeAll()) job.reject(new GraderError("closed", "the grader is shutting down"));
    await Promise.all(this.workers.map((worker) => stopWorker(worker)));
  }

  /** Process ids of the grading processes (for tests and diagnostics). */
  get pids(): number[] {
    return this.workers.map((worker) => worker.child.pid ?? -1);
  }

  /** Queue depth, process health and restarts: what an operator (or the load test) watches. */
  stats(): PoolStats {
    const alive = this.workers.filter((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
    return {
      queued: { submit: this.queue.size("submit"), run: this.queue.size() - this.queue.size("submit") },
      processes: {
        size: this.options.size,
        alive: alive.length,
        ready: alive.filter((worker) => worker.ready).length,
        busy: alive.filter((worker) => worker.current).length,
      },
      restarts: {
        total: this.counters.time + this.counters.memory + this.counters.crashed + this.counters.recycled,
        time: this.counters.time,
        memory: this.counters.memory,
        crashed: this.counters.crashed,
        recycled: this.counters.recycled,
      },
      jobs: { completed: this.counters.completed, refused: this.counters.refused, expired: this.counters.expired },
      serviceMs: Math.round(this.serviceMs * 10) / 10,
    };
  }

  /**
   * Submits (which a learner's progress depends on) go ahead of Runs and describes, and only
   * half the queue may hold those: a client firing Runs cannot lock learners out of submitting.
   * Within each lane owners take turns (round-robin), and a waiting Run has a deadline.
   */
  private submit(request: JobRequest, owner: string): Promise<unknown> {
    if (this.closed) return Promise.reject(new GraderError("closed", "the grader is shutting down"));
    if (this.startFailures >= START_FAILURES_BEFORE_GIVING_UP) {
      return Promise.reject(new GraderError("internal", "grading processes fail to start (see the server log)"));
    }
    const lane: Lane = isSubmitJob(request) ? "submit" : "run";
    const limit = lane === "submit" ? this.options.maxQueue : Math.max(1, Math.floor(this.options.maxQueue / 2));
    const waiting = lane === "submit" ? this.queue.size() : this.queue.size("run");
    if (waiting >= limit) {
      this.counters.refused++;
      return Promise.reject(new GraderError("busy", "the grader's queue is full", this.retryAfterSeconds()));
    }
    return new Promise((resolve, reject) => {
      const job: Job = { request, resolve, reject };
      const deadlineMs = this.options.runQueueDeadlineMs;
      if (lane === "run" && deadlineMs !== null) {
        job.deadline = setTimeout(() => {
          if (!this.queue.remove(job)) return;
          this.counters.expired++;
          reject(new GraderError("busy", `a run waited ${deadlineMs} ms in the queue`, this.retryAfterSeconds()));
        }, deadlineMs);
        job.deadline.unref();
      }
      this.queue.push(job, owner, lane);
      this.dispatch();
    });
  }

  /** When the queue as it stands should be through: its depth times recent grading time, over the processes. */
  private retryAfterSeconds(): number {
    const seconds = (this.queue.size() * this.serviceMs) / Math.max(1, this.options.size) / 1000;
    return Math.min(30, Math.max(1, Math.ceil(seconds)));
  }

  private takeAll(): Job[] {
    const jobs = this.queue.drain();
    for (const job of jobs) clearTimeout(job.deadline);
    return jobs;
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.size() === 0) return;
      if (!worker.ready || worker.current) continue;
      const job = this.queue.shift() as Job;
      clearTimeout(job.deadline);
      this.start(worker, job);
    }
  }

  private start(worker: Worker, job: Job): void {
    const id = this.nextId++;
    const timer = setTimeout(() => this.kill(worker, "time"), this.options.wallClockMs);
    const monitor = setInterval(() => {
      if (residentMb(worker.child.pid) > this.options.rssLimitMb) this.kill(worker, "memory");
    }, 20);
    worker.current = { id, job, timer, monitor, startedAt: performance.now() };
    worker.jobs++;
    worker.child.send({ ...job.request, id } as WorkerRequest);
  }

  private kill(worker: Worker, reason: "time" | "memory"): void {
    if (!worker.current || worker.current.killedFor) return;
    worker.current.killedFor = reason;
    worker.child.kill("SIGKILL");
  }

  private spawn(): Worker {
    // spawn with an "ipc" stdio slot is fork(); fork() itself makes Turbopack try to resolve
    // the worker path as a module at build time (vercel/next.js#97952).
    const child = spawn(process.execPath, ["--no-node-snapshot", ...this.options.v8Flags, "--import", "tsx", WORKER_ENTRY], {
      cwd: APP_ROOT,
      env: { ...process.env, NODE_OPTIONS: "", GD_RELOAD_EXERCISES: this.options.reloadExercises ? "1" : "" },
      serialization: "json",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const worker: Worker = { child, ready: false, jobs: 0, current: null, stderrTail: "" };
    // V8 prints a long heap report when learner code exhausts memory; keep only the tail for a
    // one-line log, so a hostile submission cannot flood the server's log.
    child.stderr?.on("data", (chunk: Buffer) => {
      worker.stderrTail = (worker.stderrTail + chunk.toString("utf8")).slice(-2000);
    });
    child.on("message", (message: unknown) => this.onMessage(worker, message));
    // "close", not "exit": it comes after stderr is drained, so the crash report is complete.
    child.on("close", (code, signal) => this.onExit(worker, code, signal));
    child.on("error", () => undefined); // 'exit' follows and does the recovery
    return worker;
  }

  private onMessage(worker: Worker, message: unknown): void {
    if (typeof message === "object" && message !== null && (message as { ready?: unknown }).ready === true) {
      worker.ready = true;
      this.startFailures = 0;
      this.dispatch();
      return;
    }
    const parsed = ZWorkerResponse.safeParse(message);
    const current = worker.current;
    if (!current) return;
    if (!parsed.success || parsed.data.id !== current.id) {
      // A grading process that speaks out of turn cannot be trusted with the next job either.
      this.finishJob(worker);
      current.job.reject(new GraderError("internal", "a grading process sent a malformed reply"));
      this.replace(worker);
      this.dispatch();
      return;
    }
    if (parsed.data.ok && parsed.data.phase) {
      current.phase = parsed.data.phase;
      return;
    }
    this.finishJob(worker);
    this.counters.completed++;
    // Exponential moving average (1/16): Retry-After follows the recent load, not one outlier.
    this.serviceMs += (performance.now() - current.startedAt - this.serviceMs) / 16;
    if (parsed.data.ok) current.job.resolve(parsed.data.result);
    else current.job.reject(new GraderError(parsed.data.code, parsed.data.message));
    if (worker.jobs >= this.options.maxJobsPerWorker) {
      this.counters.recycled++;
      this.replace(worker);
    }
    this.dispatch();
  }

  private onExit(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    const current = worker.current;
    if (!this.closed && !current?.killedFor) {
      const tail = worker.stderrTail.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "";
      console.warn(`[grader] grading process ${worker.child.pid} exited (${signal ?? `code ${code}`})${tail ? `: ${tail.slice(0, 200)}` : ""}`);
    }
    if (!this.closed && this.workers.includes(worker)) {
      if (current?.killedFor === "time") this.counters.time++;
      else if (current?.killedFor === "memory") this.counters.memory++;
      else this.counters.crashed++;
    }
    if (current) {
      this.finishJob(worker);
      const request = current.job.request;
      // Only the learner's code runs during a grade, but a crash is blamed on it only when it
      // was ours (deadline, RSS ceiling) or V8 says it ran out of memory; anything else is ours.
      // A crash in the robustness tier never decides the verdict: the job goes first in the queue
      // again, to be graded without that tier (which is then reported as stopped).
      if (request.type === "grade" && current.phase === "robustness" && !request.skipRobustness && !this.closed) {
        this.queue.pushFirst({ ...current.job, request: { ...request, skipRobustness: true } });
        setImmediate(() => this.dispatch());
      } else if (request.type === "grade" && (current.killedFor || V8_OUT_OF_MEMORY.test(worker.stderrTail))) {
        current.job.resolve(crashVerdict(request, current.killedFor, code, signal, this.options));
      } else current.job.reject(new GraderError("internal", `a grading process stopped (${signal ?? code})`));
    }
    if (!worker.ready && !this.closed) {
      // A process that cannot even start (bad flags, missing tsx, a broken worker file) would be
      // respawned in a tight loop while requests wait forever: back off, and refuse queued work.
      this.startFailures++;
      if (this.startFailures >= START_FAILURES_BEFORE_GIVING_UP) {
        const reason = worker.stderrTail.trim().split("\n").filter(Boolean).slice(-1)[0] ?? `exit ${code ?? signal}`;
        for (const job of this.takeAll()) job.reject(new GraderError("internal", `grading processes fail to start: ${reason.slice(0, 300)}`));
      }
      const delay = Math.min(30_000, 100 * 2 ** this.startFailures);
      setTimeout(() => {
        if (!this.closed && this.workers.includes(worker)) this.replace(worker);
      }, delay).unref();
      return;
    }
    if (!this.closed && this.workers.includes(worker)) this.replace(worker);
  }

  private finishJob(worker: Worker): void {
    if (!worker.current) return;
    clearTimeout(worker.current.timer);
    clearInterval(worker.current.monitor);
    worker.current = null;
  }

  private replace(worker: Worker): void {
    const index = this.workers.indexOf(worker);
    if (index === -1 || this.closed) return;
    this.workers[index] = this.spawn();
    if (worker.child.exitCode === null && worker.child.signalCode === null) void stopWorker(worker);
  }
}

function isSubmitJob(request: JobRequest): boolean {
  return request.type === "grade" && request.mode === "submit";
}

/** The verdict of a job whose process was killed or died: only the learner's code was running. */
function crashVerdict(
  request: GradeJob,
  killedFor: "time" | "memory" | undefined,
  code: number | null,
  signal: NodeJS.Signals | null,
  options: PoolOptions,
): GradeResult {
  const verdict: Verdict = killedFor === "time" ? "time_limit_exceeded" : "memory_limit_exceeded";
  const message =
    killedFor === "time"
      ? `Time limit exceeded: grading took longer than ${options.wallClockMs / 1000} s and was stopped`
      : killedFor === "memory"
        ? `Memory limit exceeded: the grading process passed ${options.rssLimitMb} MB and was stopped`
        : `Memory limit exceeded: your code exhausted the sandbox's memory and the grading process was stopped (${signal ?? `exit ${code}`})`;
  return { exerciseId: request.exerciseId, mode: request.mode, verdict, passed: 0, total: 0, notRun: 0, durationMs: 0, message, tests: [] };
}

function residentMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    // statm: size resident shared ... in pages (Linux). Elsewhere the wall clock still applies.
    const pages = Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return (pages * 4096) / (1024 * 1024);
  } catch {
    return 0;
  }
}

function stopWorker(worker: Worker): Promise<void> {
  const child = worker.child;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
