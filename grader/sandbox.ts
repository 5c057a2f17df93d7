import ivm from "isolated-vm";
import { PRELUDE_SOURCE, wrapLearnerModule } from "./prelude";

export interface SandboxLimits {
  /** V8 heap limit of the isolate (a guideline: the process RSS ceiling is the hard stop). */
  memoryMb: number;
  /** Per-call clock: one test, or the module's top-level code. */
  callTimeoutMs: number;
  /** Total CPU for the whole submission (all tests, shrinking included). */
  cpuBudgetMs: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { memoryMb: 64, callTimeoutMs: 1000, cpuBudgetMs: 3000 };

export type CallOutcome =
  | { kind: "value"; json: string }
  | { kind: "thrown"; message: string }
  | { kind: "misuse"; message: string }
  | { kind: "output_limit"; message: string }
  | { kind: "compile_error"; message: string }
  | { kind: "timeout"; message: string }
  | { kind: "memory"; message: string };

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

  constructor(private readonly limits: SandboxLimits = DEFAULT_LIMITS, private readonly maxUses = 200) {}

  /**
   * A fresh context with the prelude, then the exercise's given helpers (trusted, public code:
   * its top-level functions become globals, which a learner's own declarations shadow). They run
   * as a script of their own, so the learner's file keeps its line and column numbers.
   */
  openSession(givenScript: string | null = null): SandboxSession {
    if (!this.isolate || this.isolate.isDisposed || this.uses >= this.maxUses) this.replace();
    this.uses++;
    const isolate = this.isolate as ivm.Isolate;
    const context = isolate.createContextSync();
    (this.prelude as ivm.Script).runSync(context, { timeout: this.limits.callTimeoutMs });
    if (givenScript !== null) {
      let script = this.givenScripts.get(givenScript);
      if (!script) {
        script = isolate.compileScriptSync(givenScript, { filename: "given.ts" });
        this.givenScripts.set(givenScript, script);
      }
      script.runSync(context, { timeout: this.limits.callTimeoutMs });
    }
    return new SandboxSession(isolate, context, this.limits, () => this.retire(), (source) => this.compileModule(isolate, source));
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

/** One submission's context: load the learner module once, then call its function per test. */
export class SandboxSession {
  /** Start of the current CPU budget window (moved forward past work done under its own budget). */
  private budgetStartNs: bigint;
  private callRef: ivm.Reference<(name: string, argsJson: string) => string> | null = null;
  private consoleRef: ivm.Reference<() => string> | null = null;
  private consoleResetRef: ivm.Reference<() => void> | null = null;
  private spent = false;

  constructor(
    private readonly isolate: ivm.Isolate,
    private readonly context: ivm.Context,
    private readonly limits: SandboxLimits,
    private readonly retireIsolate: () => void,
    private readonly compileModule: (source: string) => ivm.Script,
  ) {
    this.budgetStartNs = isolate.cpuTime;
    // Grabbed before any learner code runs; the globals are non-writable besides.
    this.callRef = context.global.getSync("__gd_call", { reference: true });
    this.consoleRef = context.global.getSync("__gd_console", { reference: true });
    this.consoleResetRef = context.global.getSync("__gd_console_reset", { reference: true });
  }

  /** Compiles and runs the learner's transpiled module (its top-level code is timed too). */
  load(compiledJs: string): CallOutcome {
    let script: ivm.Script;
    try {
      script = this.compileModule(wrapLearnerModule(compiledJs));
    } catch (error) {
      return { kind: "compile_error", message: errorMessage(error) };
    }
    return this.guard(() => {
      const raw: unknown = script.runSync(this.context, { timeout: this.nextTimeout() });
      return parseRaw(typeof raw === "string" ? raw : "m" + "the module did not load");
    });
  }

  call(functionName: string, argsJson: string): CallOutcome {
    return this.guard(() => {
      const raw = (this.callRef as ivm.Reference<(name: string, argsJson: string) => string>).applySync(
        undefined,
        [functionName, argsJson],
        { timeout: this.nextTimeout() },
      );
      return parseRaw(typeof raw === "string" ? raw : "m" + "the sandbox returned no result");
    });
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
  withOwnBudget<T>(work: () => T): T {
    const saved = this.budgetStartNs;
    const started = this.isolate.isDisposed ? 0n : this.isolate.cpuTime;
    this.budgetStartNs = started;
    this.resetConsole();
    try {
      return work();
    } finally {
      if (!this.isolate.isDisposed) this.budgetStartNs = saved + (this.isolate.cpuTime - started);
      this.resetConsole();
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
    if (this.isolate.isDisposed) return 0;
    return Number(this.isolate.cpuTime - this.budgetStartNs) / 1e6;
  }

  /** True once the session hit a time or memory limit: no further calls are made. */
  get isSpent(): boolean {
    return this.spent;
  }

  close(): void {
    for (const ref of [this.callRef, this.consoleRef, this.consoleResetRef]) ref?.release();
    this.callRef = this.consoleRef = this.consoleResetRef = null;
    if (!this.isolate.isDisposed) this.context.release();
  }

  private nextTimeout(): number {
    const remaining = this.limits.cpuBudgetMs - this.cpuUsedMs();
    return Math.max(1, Math.min(this.limits.callTimeoutMs, Math.ceil(remaining)));
  }

  private guard(run: () => CallOutcome): CallOutcome {
    if (this.spent) return { kind: "timeout", message: "not run: an earlier test exhausted the limits" };
    let outcome: CallOutcome;
    try {
      outcome = run();
    } catch (error) {
      outcome = classifyHostError(error, this.isolate);
    }
    if (outcome.kind !== "timeout" && outcome.kind !== "memory" && this.cpuUsedMs() > this.limits.cpuBudgetMs) {
      outcome = { kind: "timeout", message: `the total CPU budget of ${this.limits.cpuBudgetMs} ms was used up` };
    }
    if (FATAL.has(outcome.kind)) {
      this.spent = true;
      this.retireIsolate();
    }
    return outcome;
  }
}

function parseRaw(raw: string): CallOutcome {
  const body = raw.slice(1);
  switch (raw[0]) {
    case "v":
      return { kind: "value", json: body };
    case "e":
      // V8 reports a refused ArrayBuffer as an ordinary RangeError the learner could catch;
      // when it escapes, the memory limit is what the learner needs to hear about.
      if (body.startsWith("RangeError: Array buffer allocation failed")) return { kind: "memory", message: "an ArrayBuffer allocation was refused" };
      return { kind: "thrown", message: body };
    case "o":
      return { kind: "output_limit", message: body };
    default:
      return { kind: "misuse", message: body };
  }
}

function classifyHostError(error: unknown, isolate: ivm.Isolate): CallOutcome {
  const message = errorMessage(error);
  if (/memory limit/i.test(message) || /array buffer allocation failed/i.test(message)) {
    return { kind: "memory", message: "the memory limit was exceeded" };
  }
  if (/timed out/i.test(message)) return { kind: "timeout", message: "a call ran past its time limit" };
  if (isolate.isDisposed) return { kind: "memory", message: "the sandbox was stopped (memory)" };
  // Errors raised by our own wrapper code paths (e.g. a learner top-level throw) land here.
  return { kind: "thrown", message: message.slice(0, 500) };
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name === "Error" ? "" : error.name + ": "}${error.message}`;
  return String(error);
}
