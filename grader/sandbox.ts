import ivm from "isolated-vm";
import { PRELUDE_SOURCE, wrapLearnerModule } from "./prelude";
import type { CallOutcome, CaseCall, CaseResult } from "./sandbox-calls";
import { classifyHostError, cpuClockMs, decodeBatch, errorMessage, parseRaw } from "./sandbox-outcomes";

export interface SandboxLimits {
  /** V8 heap limit of the isolate (a guideline: the process RSS ceiling is the hard stop). */
  memoryMb: number;
  /** Per-call clock: one test, or the module's top-level code. */
  callTimeoutMs: number;
  /** Total CPU for the whole submission (all tests, shrinking included). */
  cpuBudgetMs: number;
}

export type { CallOutcome, CaseCall, CaseResult } from "./sandbox-calls";

export const DEFAULT_LIMITS: SandboxLimits = { memoryMb: 64, callTimeoutMs: 1000, cpuBudgetMs: 3000 };

/** Outcomes after which the isolate must not be trusted again. */
const FATAL = new Set<CallOutcome["kind"]>(["timeout", "memory"]);

/**
 * Owns one warm isolate and hands out a fresh context per submission. The isolate is replaced
 * after any time-out, memory or unexpected error, and after `maxUses` submissions, so a context
 * never shares an isolate with one that misbehaved.
 */
export class IsolateHost {
  private isolate: ivm.Isolate | null = null;
  private prelude: ivm.Script | null = null;
  /** The last learner module compiled: the robustness tier loads the same code again. */
  private lastModule: { isolate: ivm.Isolate; source: string; script: ivm.Script } | null = null;
  /** Compiled given-helper scripts of the current isolate, by source (one per exercise that has some). */
  private givenScripts = new Map<string, ivm.Script>();
  private uses = 0;
  /**
   * A context made ahead, while the process was idle (prepareNext): never given learner code, and
   * handed to exactly one session. It belongs to the current isolate and goes when that does.
   */
  private ready: { isolate: ivm.Isolate; context: ivm.Context } | null = null;

  constructor(
    private readonly limits: SandboxLimits = DEFAULT_LIMITS,
    private readonly maxUses = 200,
  ) {}

  /**
   * A fresh context with the prelude, then the exercise's given helpers (trusted, public code:
   * its top-level functions become globals, which a learner's own declarations shadow). They run
   * as a script of their own, so the learner's file keeps its line and column numbers.
   * `limits` are the exercise's (the host's by default).
   */
  openSession(limits: Partial<SandboxLimits> = {}, givenScript: string | null = null): SandboxSession {
    const { isolate, context } = this.takeReady() ?? this.freshContext();
    const sessionLimits = { ...this.limits, ...limits };
    if (givenScript !== null) {
      let script = this.givenScripts.get(givenScript);
      if (!script) {
        script = isolate.compileScriptSync(givenScript, { filename: "given.ts" });
        this.givenScripts.set(givenScript, script);
      }
      script.runSync(context, { timeout: sessionLimits.callTimeoutMs });
    }
    return new SandboxSession(isolate, context, sessionLimits, {
      retireIsolate: () => this.retire(),
      compileModule: (source) => this.compileModule(isolate, source),
      reopen: () => this.openSession(sessionLimits, givenScript),
    });
  }

  /**
   * Makes the next session's context now (prelude run, nothing else), so that creating it is off
   * the next job's critical path: the worker calls this after answering a job. Still one fresh
   * context per submission: the one made here is handed out once, then forgotten.
   */
  prepareNext(): void {
    if (this.ready && this.ready.isolate === this.isolate && !this.ready.isolate.isDisposed) return;
    this.ready = this.freshContext();
  }

  private takeReady(): { isolate: ivm.Isolate; context: ivm.Context } | null {
    const ready = this.ready;
    this.ready = null;
    // Made for an isolate since replaced (or disposed): never used.
    if (!ready || ready.isolate !== this.isolate || ready.isolate.isDisposed) return null;
    return ready;
  }

  /** A new context of the current isolate (a new isolate when due) with the prelude run. */
  private freshContext(): { isolate: ivm.Isolate; context: ivm.Context } {
    if (!this.isolate || this.isolate.isDisposed || this.uses >= this.maxUses) this.replace();
    this.uses++;
    const isolate = this.isolate as ivm.Isolate;
    const context = isolate.createContextSync();
    (this.prelude as ivm.Script).runSync(context, { timeout: this.limits.callTimeoutMs });
    return { isolate, context };
  }

  /**
   * Compiles a learner module, or reuses the last compilation of the same source: a Script
   * belongs to the isolate, not to a context, so a fresh context (the required tests after a
   * limit in the robustness tier) runs it without compiling it again. Compile errors are thrown
   * to the caller.
   */
  private compileModule(isolate: ivm.Isolate, source: string): ivm.Script {
    const last = this.lastModule;
    if (last && last.isolate === isolate && last.source === source) return last.script;
    const script = isolate.compileScriptSync(source, { filename: "solution.ts" });
    if (last && !last.isolate.isDisposed) last.script.release();
    this.lastModule = { isolate, source, script };
    return script;
  }

  /** Marks the current isolate as spent: the next session gets a new one. */
  retire(): void {
    const isolate = this.isolate;
    this.isolate = null;
    this.prelude = null;
    this.lastModule = null;
    this.givenScripts = new Map();
    this.ready = null; // its isolate is disposed below: the context goes with it
    if (isolate && !isolate.isDisposed) {
      try {
        isolate.dispose();
      } catch {
        // Already disposed by V8 (memory limit): nothing left to free.
      }
    }
  }

  private replace(): void {
    this.retire();
    this.isolate = new ivm.Isolate({ memoryLimit: this.limits.memoryMb });
    this.prelude = this.isolate.compileScriptSync(PRELUDE_SOURCE, { filename: "prelude.js" });
    this.uses = 0;
  }
}

/**
 * A batch returns to the host once this much wall time has passed inside it, and its clock is the
 * call limit plus this: so a time-out can only stop a call that started within BATCH_YIELD_MS of
 * the batch's start, which has then run past the call limit on its own (see __gd_batch).
 */
export const BATCH_YIELD_MS = 10;

/** Second chances per submission for calls stopped by the wall clock with little CPU used. */
const MAX_RETRIES = 2;
const MAX_CLOCK_STRETCH = 10;

const NOT_RUN: CallOutcome = { kind: "timeout", message: "not run: an earlier test exhausted the limits" };

interface SessionHooks {
  retireIsolate: () => void;
  compileModule: (source: string) => ivm.Script;
  /** A fresh session (a new isolate once this one is retired), for replaying a lost batch. */
  reopen: () => SandboxSession;
}

/** One submission's context: load the learner module once, then call its function per test. */
export class SandboxSession {
  /**
   * CPU spent in the sandbox's calls in the current budget window. Read from the grading
   * process's own CPU clock around each call, not from isolated-vm's `cpuTime`, which counts
   * the wall time a call holds the isolate (measured: 1023 ms "cpuTime" for 271 ms of CPU with
   * the machine at load 20): a busy machine must not spend a learner's budget.
   */
  private usedMs = 0;
  /** The budget of the current window: the submission's, or a tier's own (withOwnBudget). */
  private budgetMs: number;
  private callRef: ivm.Reference<(name: string, argsJson: string) => string> | null = null;
  private batchRef: ivm.Reference<(...args: unknown[]) => string> | null = null;
  private progressRef: ivm.Reference<() => string> | null = null;
  private consoleRef: ivm.Reference<() => string> | null = null;
  private consoleResetRef: ivm.Reference<() => void> | null = null;
  private spent = false;
  /** The module this session loaded and every call made so far: what a replay runs again. */
  private loadedJs: string | null = null;
  private readonly history: CaseCall[] = [];
  /** The batch being run (a restart replays its completed part). */
  private currentBatch: CaseCall[] = [];
  /** CPU of the budget window used when the current batch started (a replay starts from it). */
  private usedBeforeBatchMs = 0;
  /** Heap in use when the session opened: a time-out after a large growth is a memory bomb. */
  private readonly usedHeapAtStart: number;
  /** Calls given a second chance after a wall-clock time-out that used little CPU (a busy machine). */
  private retries = 0;
  /** Wall-clock time-outs are the CPU limits times this (see wallClockFor). */
  private clockStretch = 1;
  private lastWallMs = 0;
  /** A session that replays another's calls: a limit in it is final. */
  private isReplay = false;

  constructor(
    private isolate: ivm.Isolate,
    private context: ivm.Context,
    private readonly limits: SandboxLimits,
    private readonly hooks: SessionHooks,
  ) {
    this.budgetMs = limits.cpuBudgetMs;
    this.usedHeapAtStart = isolate.getHeapStatisticsSync().used_heap_size;
    // Grabbed before any learner code runs; the globals are non-writable besides.
    this.callRef = context.global.getSync("__gd_call", { reference: true });
    this.batchRef = context.global.getSync("__gd_batch", { reference: true });
    this.progressRef = context.global.getSync("__gd_batch_progress", { reference: true });
    this.consoleRef = context.global.getSync("__gd_console", { reference: true });
    this.consoleResetRef = context.global.getSync("__gd_console_reset", { reference: true });
  }

  /** Compiles and runs the learner's transpiled module (its top-level code is timed too). */
  load(compiledJs: string): CallOutcome {
    let script: ivm.Script;
    try {
      script = this.hooks.compileModule(wrapLearnerModule(compiledJs));
    } catch (error) {
      return { kind: "compile_error", message: errorMessage(error) };
    }
    this.loadedJs = compiledJs;
    // A restart loads the module in its fresh context: nothing left to do then.
    const loaded: CallOutcome = { kind: "value", json: "" };
    return this.guard(
      () => {
        const raw: unknown = this.timed(() => script.runSync(this.context, { timeout: this.nextTimeout() }));
        return parseRaw(typeof raw === "string" ? raw : "m" + "the module did not load");
      },
      () => loaded,
    );
  }

  /** One call in a round trip of its own (the shrinker's candidates). */
  call(functionName: string, argsJson: string): CallOutcome {
    const outcome = this.guard(() => {
      const raw = this.timed(() =>
        (this.callRef as ivm.Reference<(name: string, argsJson: string) => string>).applySync(undefined, [functionName, argsJson], {
          timeout: this.nextTimeout(),
        }),
      );
      return parseRaw(typeof raw === "string" ? raw : "m" + "the sandbox returned no result");
    });
    this.history.push({ functionName, argsJson, collectConsole: false });
    return outcome;
  }

  /**
   * Calls the learner's function once per case, in order, in as few round trips as the clocks
   * allow: one result per case, exactly as calling them one by one would give (the same call
   * limit per case, the same total budget, the same case named by a time-out). After a limit the
   * remaining cases are not run. `stopAtOutputLimit` ends the batch after an output limit too
   * (the robustness tier stops there).
   */
  callCases(calls: CaseCall[], options: { stopAtOutputLimit?: boolean } = {}): CaseResult[] {
    const results: CaseResult[] = [];
    while (results.length < calls.length) {
      if (this.spent) {
        results.push({ outcome: NOT_RUN, console: "" });
        continue;
      }
      // The session's first call goes alone: code that runs away (loops, memory bombs) nearly
      // always does so on it, and then no replay is needed to know which case it was.
      const batch = calls.slice(results.length, this.history.length === 0 ? results.length + 1 : undefined);
      const done = this.runBatch(batch, options.stopAtOutputLimit === true);
      results.push(...done);
      this.history.push(...batch.slice(0, done.length));
      const last = done.at(-1);
      if (options.stopAtOutputLimit && last?.outcome.kind === "output_limit") break;
    }
    return results;
  }

  /** One round trip: the results of a prefix of `batch` (at least one case). */
  private runBatch(batch: CaseCall[], stopAtOutputLimit: boolean): CaseResult[] {
    this.currentBatch = batch;
    const lengths = batch.map((call) => call.argsJson.length).join(",");
    const args = [
      batch.length,
      batch.map((call) => call.functionName).join(","),
      lengths,
      batch.map((call) => (call.collectConsole ? "1" : "0")).join(""),
      batch.map((call) => call.argsJson).join(""),
      BATCH_YIELD_MS,
      stopAtOutputLimit,
    ];
    this.usedBeforeBatchMs = this.cpuUsedMs();
    const timeout = this.wallClockFor(Math.min(this.limits.callTimeoutMs + BATCH_YIELD_MS + 2, this.remainingMs()));
    let raw: unknown;
    try {
      raw = this.timed(() => (this.batchRef as ivm.Reference<(...args: unknown[]) => string>).applySync(undefined, args, { timeout }));
    } catch (error) {
      const outcome = classifyHostError(error, this.isolate, this.usedHeapAtStart);
      if (outcome.kind === "timeout" && this.wasPreempted()) {
        // Keep what completed; the case that was running is called again in a fresh context.
        const done = this.readProgress(batch) ?? [];
        return this.restart(done) ? done : this.afterStoppedBatch(batch, outcome);
      }
      return this.afterStoppedBatch(batch, outcome);
    }
    const done = decodeBatch(typeof raw === "string" ? raw : "", batch);
    if (done === null || done.length === 0) return this.endWith([], { kind: "misuse", message: "the sandbox returned a malformed result" });
    // A refused ArrayBuffer comes back as an ordinary result but ends the session like any limit.
    const fatalAt = done.findIndex((result) => FATAL.has(result.outcome.kind));
    if (fatalAt !== -1) return this.endWith(done.slice(0, fatalAt), done[fatalAt].outcome);
    const last = done[done.length - 1];
    // Within the batch's clock but past the total budget (CPU counted on the host): the last
    // case is where the budget ran out, as it would have been one call at a time.
    if (last.outcome.kind !== "timeout" && last.outcome.kind !== "memory" && this.remainingMs() < 0) {
      return this.endWith(done.slice(0, -1), this.budgetSpent());
    }
    return done;
  }

  /**
   * The batch was stopped by a limit: the cases that completed come from the prelude, the one
   * running gets the limit. When the isolate is gone (memory), nothing can be read back: the
   * session's calls are replayed in a fresh context, and the batch one call at a time.
   */
  private afterStoppedBatch(batch: CaseCall[], outcome: CallOutcome): CaseResult[] {
    const done = this.readProgress(batch);
    if (done !== null) {
      const limit = outcome.kind === "timeout" && this.remainingMs() <= 0 ? this.budgetSpent() : outcome;
      return this.endWith(done, limit);
    }
    // One case: it is the one that hit the limit. A replaying session never replays itself.
    if (batch.length === 1 || this.isReplay) return this.endWith([], outcome);
    return this.endWith([], outcome, () => this.replay(batch));
  }

  /** The cases of a stopped batch that completed, as the prelude kept them; null when unreadable. */
  private readProgress(batch: CaseCall[]): CaseResult[] | null {
    if (this.isolate.isDisposed) return null;
    try {
      const raw = (this.progressRef as ivm.Reference<() => string>).applySync(undefined, [], { timeout: 100 });
      const done = decodeBatch(typeof raw === "string" ? raw : "", batch);
      return done !== null && done.length < batch.length ? done : null;
    } catch {
      return null;
    }
  }

  /**
   * isolated-vm's clock is wall time: on a busy machine a call can be stopped after using a
   * fraction of its limit in CPU. Such a time-out is not the learner's: the call gets another
   * chance (a few per submission), and a runaway still ends once its CPU reaches the limit.
   */
  private wasPreempted(): boolean {
    const spent = this.cpuUsedMs() - this.usedBeforeBatchMs;
    if (this.retries >= MAX_RETRIES || spent >= this.limits.callTimeoutMs || this.remainingMs() <= 0) return false;
    // The share of a core the call got: the next tries get a clock stretched to match.
    const share = Math.max(spent, 1) / Math.max(this.lastWallMs, 1);
    this.clockStretch = Math.min(MAX_CLOCK_STRETCH, Math.max(this.clockStretch, 1.2 / share));
    return true;
  }

  /**
   * Continues in a fresh context after a preempted call: the module loaded again, this session's
   * calls (plus `done`) replayed in order with their results dropped, the CPU spent so far kept.
   * False when that does not work out (then the time-out stands).
   */
  private restart(done: CaseResult[]): boolean {
    if (this.loadedJs === null || this.isReplay) return false;
    const usedMs = this.cpuUsedMs();
    const replayed = [...this.history];
    this.releaseRefs();
    this.hooks.retireIsolate(); // the stopped context's isolate is never reused
    const fresh = this.hooks.reopen();
    fresh.retries = this.retries + 1;
    fresh.clockStretch = this.clockStretch;
    const loaded = fresh.load(this.loadedJs);
    const calls = this.pendingDone(done, replayed);
    if (loaded.kind !== "value" || (calls.length > 0 && fresh.callCases(calls).length !== calls.length) || fresh.isSpent) {
      fresh.close();
      return false;
    }
    fresh.takeConsole();
    // Adopt the fresh context: it is now this session's.
    this.isolate = fresh.isolate;
    this.context = fresh.context;
    this.callRef = fresh.callRef;
    this.batchRef = fresh.batchRef;
    this.progressRef = fresh.progressRef;
    this.consoleRef = fresh.consoleRef;
    this.consoleResetRef = fresh.consoleResetRef;
    fresh.callRef = fresh.batchRef = fresh.progressRef = fresh.consoleRef = fresh.consoleResetRef = null;
    this.retries = fresh.retries;
    this.setUsedMs(usedMs);
    return true;
  }

  /** The calls a restart replays: the session's history, then the completed part of the batch. */
  private pendingDone(done: CaseResult[], history: CaseCall[]): CaseCall[] {
    return [...history, ...this.currentBatch.slice(0, done.length)];
  }

  private releaseRefs(): void {
    for (const ref of [this.callRef, this.batchRef, this.progressRef, this.consoleRef, this.consoleResetRef]) {
      try {
        ref?.release();
      } catch {
        // The isolate may be gone already.
      }
    }
    this.callRef = this.batchRef = this.progressRef = this.consoleRef = this.consoleResetRef = null;
  }

  /** Marks the session spent (and the isolate retired) after a limit: `done` then the limit. */
  private endWith(done: CaseResult[], limit: CallOutcome, replay?: () => CaseResult[] | null): CaseResult[] {
    const fatal = FATAL.has(limit.kind);
    if (fatal) {
      this.spent = true;
      this.hooks.retireIsolate();
    }
    const replayed = replay?.();
    if (replayed) return replayed;
    return [...done, { outcome: limit, console: "" }];
  }

  /**
   * Runs this session's calls again in a fresh context (same module, same order, results
   * dropped), then `batch` one call per round trip until a limit: each case's own outcome.
   */
  private replay(batch: CaseCall[]): CaseResult[] | null {
    if (this.loadedJs === null) return null;
    const fresh = this.hooks.reopen();
    fresh.isReplay = true;
    try {
      if (fresh.load(this.loadedJs).kind !== "value") return null;
      fresh.callCases(this.history);
      fresh.takeConsole();
      if (fresh.isSpent) return null;
      fresh.budgetMs = this.budgetMs;
      fresh.setUsedMs(this.usedBeforeBatchMs);
      const results: CaseResult[] = [];
      for (const call of batch) {
        if (fresh.isSpent) break;
        results.push(...fresh.callCases([call]));
      }
      return results.length > 0 && FATAL.has((results.at(-1) as CaseResult).outcome.kind) ? results : null;
    } finally {
      fresh.close();
    }
  }

  /** Console text written since the last call to this method (capped inside the sandbox). */
  takeConsole(): string {
    if (this.spent || !this.consoleRef) return "";
    try {
      return String(this.consoleRef.applySync(undefined, [], { timeout: 100 }));
    } catch {
      return "";
    }
  }

  /**
   * Runs `work` under a CPU budget of its own, with its own console cap: what it spends does not
   * count against the budget in force before it (the robustness tier, between the required tests).
   */
  withOwnBudget<T>(budgetMs: number, work: () => T): T {
    const usedBefore = this.cpuUsedMs();
    const savedBudget = this.budgetMs;
    this.setUsedMs(0);
    this.budgetMs = budgetMs;
    this.resetConsole();
    try {
      return work();
    } finally {
      this.budgetMs = savedBudget;
      this.setUsedMs(usedBefore);
      this.resetConsole();
    }
  }

  /** Moves the budget window so that `usedMs` counts as spent (in whichever isolate is current). */
  private setUsedMs(usedMs: number): void {
    this.usedMs = usedMs;
  }

  /** Runs one call into the isolate, charging the CPU it takes to the budget window. */
  private timed<T>(run: () => T): T {
    const start = cpuClockMs();
    const wallStart = performance.now();
    try {
      return run();
    } finally {
      this.usedMs += cpuClockMs() - start;
      this.lastWallMs = performance.now() - wallStart;
    }
  }

  private resetConsole(): void {
    if (this.spent || !this.consoleResetRef) return;
    try {
      this.consoleResetRef.applySync(undefined, [], { timeout: 100 });
    } catch {
      // A context that cannot even reset its console is spent: the next call reports it.
    }
  }

  cpuUsedMs(): number {
    return this.usedMs;
  }

  /** True once the session hit a time or memory limit: no further calls are made. */
  get isSpent(): boolean {
    return this.spent;
  }

  close(): void {
    this.releaseRefs();
    if (!this.isolate.isDisposed) this.context.release();
  }

  private remainingMs(): number {
    return this.budgetMs - this.cpuUsedMs();
  }

  private budgetSpent(): CallOutcome {
    return { kind: "timeout", message: `the total CPU budget of ${this.budgetMs} ms was used up` };
  }

  /**
   * The wall-clock time-out that gives a call `cpuMs` of CPU: isolated-vm's clock is wall time,
   * and after a call was stopped with little CPU used, this session's clock is stretched by the
   * share of a core it got (at most 10 times), so that the limits stay CPU limits.
   */
  private wallClockFor(cpuMs: number): number {
    return Math.max(1, Math.ceil(cpuMs * this.clockStretch));
  }

  private nextTimeout(): number {
    return this.wallClockFor(Math.min(this.limits.callTimeoutMs, this.remainingMs()));
  }

  /** Runs one timed call; after a restart `again` continues (the call itself, or nothing for a load). */
  private guard(run: () => CallOutcome, again: () => CallOutcome = () => this.guard(run, again)): CallOutcome {
    if (this.spent) return NOT_RUN;
    let outcome: CallOutcome;
    this.usedBeforeBatchMs = this.cpuUsedMs();
    this.currentBatch = [];
    try {
      outcome = run();
    } catch (error) {
      outcome = classifyHostError(error, this.isolate, this.usedHeapAtStart);
      // Stopped by the wall clock on a busy machine: again, in a fresh context with the same state.
      if (outcome.kind === "timeout" && this.wasPreempted() && this.restart([])) return again();
    }
    if (outcome.kind !== "timeout" && outcome.kind !== "memory" && this.remainingMs() < 0) outcome = this.budgetSpent();
    if (FATAL.has(outcome.kind)) {
      this.spent = true;
      this.hooks.retireIsolate();
    }
    return outcome;
  }
}
