import { decodeValue, formatValue } from "../lib/exercises/values";
import type { GradeMode, GradeResult, RobustnessReport, Verdict } from "../lib/grading/types";
import { transpileLearnerCode } from "./transpile-learner-code";
import type { PreparedCase, PreparedExercise } from "./cases";
import { diagnoseMistake } from "./diagnose";
import type { EvaluatedCase, FailureReason } from "./evaluate-case";
import { sessionLimitsOf } from "./derive-limits";
import { KILLED_TIER, runRobustnessTier, skippedTier, type RobustnessTier } from "./robustness-tier";
import { isLimit, LIMIT_REASONS, notRunCase, runCases } from "./run-cases";
import type { CallOutcome, IsolateHost } from "./sandbox";
import { revealFailingCase } from "./reveal-failing-case";

const VERDICT_OF: Record<FailureReason, Verdict> = {
  wrong: "wrong_answer",
  thrown: "runtime_error",
  misuse: "runtime_error",
  timeout: "time_limit_exceeded",
  memory: "memory_limit_exceeded",
  output: "output_limit_exceeded",
};

export interface GradeOptions {
  /** Report the robustness tier as not run: the pool's retry after that tier got a process killed. */
  skipRobustness?: boolean;
  /** Told when the robustness tier starts and ends, so that the pool knows which tier a crash hit. */
  onPhase?: (phase: "robustness" | "required") => void;
}

/**
 * The grading pipeline, identical for the browser, the CLI and the checker: transpile, load the
 * module in a fresh context, call the function once per test, compare on the host, shrink the
 * first failing random case, diagnose known mistakes. The verdict is the required tier's
 * (examples and required hidden tests). On submit the robustness tier runs between the examples
 * and the hidden required tests, with a budget of its own (see runRobustnessTier); it is
 * reported beside the verdict and can never change it.
 */
export function gradeSource(exercise: PreparedExercise, source: string, mode: GradeMode, host: IsolateHost, options: GradeOptions = {}): GradeResult {
  const started = performance.now();
  const exerciseId = exercise.runtime.content.meta.id;
  const hiddenRequired = mode === "run" ? [] : exercise.hidden.filter((item) => item.tier === "required");
  const robustnessCases = mode === "run" ? [] : exercise.hidden.filter((item) => item.tier === "robustness");
  const total = exercise.examples.length + hiddenRequired.length;
  const notRun = mode === "run" ? exercise.hidden.length : 0;
  const finish = (partial: Omit<GradeResult, "exerciseId" | "mode" | "durationMs" | "notRun">): GradeResult => ({
    exerciseId,
    mode,
    notRun,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
    ...partial,
  });

  const transpiled = transpileLearnerCode(source);
  if (!transpiled.ok) {
    const where = transpiled.line !== null ? ` (line ${transpiled.line}, column ${transpiled.column})` : "";
    return finish({
      verdict: "compile_error",
      passed: 0,
      total,
      message: `Syntax error${where}: ${transpiled.message}`,
      compileError: { message: transpiled.message, line: transpiled.line, column: transpiled.column },
      tests: [],
    });
  }

  const limits = sessionLimitsOf(exercise.limits);
  let session = host.openSession(limits, exercise.runtime.givenScript);
  try {
    const loadFailure = (loaded: CallOutcome): GradeResult => {
      const verdict: Verdict = loaded.kind === "compile_error" ? "compile_error" : VERDICT_OF[reasonOfLoad(loaded.kind)];
      const prefix = loaded.kind === "thrown" ? "Your file threw while loading: " : "";
      return finish({ verdict, passed: 0, total, message: prefix + ("message" in loaded ? loaded.message : ""), tests: [] });
    };
    const loaded = session.load(transpiled.code);
    if (loaded.kind !== "value") return loadFailure(loaded);
    const render = (prepared: PreparedCase) => renderInput(exercise, prepared);

    // The first limit (time, memory, output) ends the required tier: the verdict is that limit.
    const examples = runCases(exercise, session, exercise.examples, render, { stopAtLimit: true });
    let robustness: RobustnessTier | undefined;
    if (mode === "submit") {
      if (options.skipRobustness) robustness = skippedTier(robustnessCases, KILLED_TIER);
      else if (examples.some((item) => isLimit(item.reason))) robustness = skippedTier(robustnessCases, "not run: the required tests hit a limit");
      else {
        options.onPhase?.("robustness");
        robustness = runRobustnessTier(exercise, session, robustnessCases, render);
        options.onPhase?.("required");
        if (session.isSpent) {
          // The tier's limit retired this context: the required tests get a fresh one.
          session.close();
          session = host.openSession(limits, exercise.runtime.givenScript);
          const again = session.load(transpiled.code);
          if (again.kind !== "value") return loadFailure(again);
        }
      }
    }
    const hiddenResults = examples.some((item) => isLimit(item.reason))
      ? hiddenRequired.map((prepared) => notRunCase(prepared, "not run: an example hit a limit"))
      : runCases(exercise, session, hiddenRequired, render, { stopAtLimit: true });
    const evaluated = [...examples, ...hiddenResults];
    const passed = evaluated.filter((item) => item.reason === null).length;
    const verdict = verdictOf(evaluated);
    // Revealed from fresh contexts of its own: nothing the module kept from other tests shows.
    const failingCase = verdict === "accepted" ? undefined : revealFailingCase(exercise, evaluated, host, transpiled.code, render);
    const mistake = verdict === "accepted" ? undefined : diagnoseMistake(exercise, evaluated, "required");
    return finish({
      verdict,
      passed,
      total,
      message: summarize(verdict, evaluated, passed, notRun, mode, robustness?.report),
      tests: [...evaluated, ...(robustness?.evaluated ?? [])].map((item) => item.outcome),
      ...(failingCase ? { failingCase } : {}),
      ...(mistake ? { mistake } : {}),
      ...(robustness ? { robustness: robustness.report } : {}),
    });
  } finally {
    session.close();
  }
}

function reasonOfLoad(kind: string): FailureReason {
  if (kind === "timeout" || kind === "memory") return kind;
  if (kind === "output_limit") return "output";
  return "thrown";
}

function verdictOf(evaluated: EvaluatedCase[]): Verdict {
  for (const reason of LIMIT_REASONS) if (evaluated.some((item) => item.reason === reason)) return VERDICT_OF[reason];
  const first = evaluated.find((item) => item.reason !== null);
  return first?.reason ? VERDICT_OF[first.reason] : "accepted";
}

function summarize(
  verdict: Verdict,
  evaluated: EvaluatedCase[],
  passed: number,
  notRun: number,
  mode: GradeMode,
  robustness: RobustnessReport | undefined,
): string {
  const examples = evaluated.filter((item) => !item.prepared.hidden);
  const examplesPassed = examples.filter((item) => item.reason === null).length;
  if (mode === "run") {
    const head = `${examplesPassed}/${examples.length} examples passed`;
    return notRun > 0 ? `${head} — ${notRun} hidden tests not run yet (Submit runs them)` : head;
  }
  const robust = robustness && robustness.total > 0 ? ` · robustness ${robustness.passed}/${robustness.total}` : "";
  if (verdict === "accepted") return `All ${evaluated.length} required tests passed${robust}`;
  const limit = LIMIT_REASONS.find((reason) => VERDICT_OF[reason] === verdict);
  const first = evaluated.find((item) => (limit ? item.reason === limit : item.reason !== null)) as EvaluatedCase;
  const label = first.prepared.hidden ? `hidden test "${first.prepared.name}"` : `example "${first.prepared.name}"`;
  return `${passed}/${evaluated.length} required tests passed${robust}. First failure, ${label}: ${first.outcome.message}`;
}

/**
 * A case's input as the learner sees it: its arguments, and for a multi-function exercise first
 * the call, e.g. "predict(model, X)".
 */
export function renderInput(exercise: PreparedExercise, prepared: PreparedCase): string {
  const names = exercise.parameterNames[prepared.functionName] ?? [];
  const args = renderArguments(names, prepared.argsJson);
  return exercise.isMultiFunction ? `${prepared.functionName}(${names.join(", ")})\n${args}` : args;
}

/** "z = [1, 2, 3]" — arguments named after the signature's parameters. */
export function renderArguments(names: string[], argsJson: string): string {
  const args = decodeValue(JSON.parse(argsJson)) as unknown[];
  return args.map((arg, i) => `${names[i] ?? `arg${i + 1}`} = ${formatValue(arg, 600)}`).join("\n");
}
