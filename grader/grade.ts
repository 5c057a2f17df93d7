import { decodeValue, formatValue } from "../lib/exercises/values";
import type { FailingCase, GradeMode, GradeResult, Verdict } from "../lib/grading/types";
import { transpileTypeScript } from "../lib/transpile";
import type { PreparedCase, PreparedExercise } from "./cases";
import { diagnoseMistake } from "./diagnose";
import { evaluateCase, type EvaluatedCase, type FailureReason } from "./evaluate-case";
import type { IsolateHost } from "./sandbox";
import { shrinkFailingCase } from "./shrink";

const VERDICT_OF: Record<FailureReason, Verdict> = {
  wrong: "wrong_answer",
  thrown: "runtime_error",
  misuse: "runtime_error",
  timeout: "time_limit_exceeded",
  memory: "memory_limit_exceeded",
  output: "output_limit_exceeded",
};
/** Limits end the grade, so they decide the verdict over earlier wrong answers. */
const LIMIT_REASONS: FailureReason[] = ["memory", "timeout", "output"];

/**
 * The grading pipeline, identical for the browser, the CLI and the checker: transpile, load the
 * module in a fresh context, call the function once per test, compare on the host, shrink the
 * first failing random case, diagnose known mistakes.
 */
export function gradeSource(exercise: PreparedExercise, source: string, mode: GradeMode, host: IsolateHost): GradeResult {
  const started = performance.now();
  const exerciseId = exercise.runtime.content.meta.id;
  const cases = mode === "run" ? exercise.examples : [...exercise.examples, ...exercise.hidden];
  const notRun = mode === "run" ? exercise.hidden.length : 0;
  const finish = (partial: Omit<GradeResult, "exerciseId" | "mode" | "durationMs" | "notRun">): GradeResult => ({
    exerciseId,
    mode,
    notRun,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
    ...partial,
  });

  const transpiled = transpileTypeScript(source);
  if (!transpiled.ok) {
    const where = transpiled.line !== null ? ` (line ${transpiled.line}, column ${transpiled.column})` : "";
    return finish({
      verdict: "compile_error",
      passed: 0,
      total: cases.length,
      message: `Syntax error${where}: ${transpiled.message}`,
      compileError: { message: transpiled.message, line: transpiled.line, column: transpiled.column },
      tests: [],
    });
  }

  const session = host.openSession();
  try {
    const loaded = session.load(transpiled.code);
    if (loaded.kind !== "value") {
      const verdict: Verdict = loaded.kind === "compile_error" ? "compile_error" : VERDICT_OF[reasonOfLoad(loaded.kind)];
      const prefix = loaded.kind === "thrown" ? "Your file threw while loading: " : "";
      return finish({ verdict, passed: 0, total: cases.length, message: prefix + loaded.message, tests: [] });
    }

    const render = (prepared: PreparedCase) => renderInput(exercise, prepared);
    const evaluated: EvaluatedCase[] = cases.map((prepared) => {
      const item = evaluateCase(prepared, session.call(prepared.functionName, prepared.argsJson), exercise.tolerance, render);
      if (exercise.isMultiFunction) item.outcome.function = prepared.functionName;
      if (!prepared.hidden) {
        const printed = session.takeConsole();
        if (printed) item.outcome.console = printed;
      }
      return item;
    });

    const passed = evaluated.filter((item) => item.reason === null).length;
    const verdict = verdictOf(evaluated);
    const failingCase = verdict === "accepted" ? undefined : revealFailingCase(exercise, evaluated, session, render);
    const mistake = verdict === "accepted" ? undefined : diagnoseMistake(exercise, evaluated);
    return finish({
      verdict,
      passed,
      total: cases.length,
      message: summarize(verdict, evaluated, passed, notRun, mode),
      tests: evaluated.map((item) => item.outcome),
      ...(failingCase ? { failingCase } : {}),
      ...(mistake ? { mistake } : {}),
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

/** The first failing hidden case, shrunk when it is a random one. */
function revealFailingCase(
  exercise: PreparedExercise,
  evaluated: EvaluatedCase[],
  session: Parameters<typeof shrinkFailingCase>[2],
  render: (prepared: PreparedCase) => string,
): FailingCase | undefined {
  const first = evaluated.find((item) => item.prepared.hidden && item.reason !== null);
  if (!first || first.reason === "timeout" || first.reason === "memory") return undefined;
  const { evaluated: shown, shrunk } = first.prepared.generated
    ? shrinkFailingCase(exercise, first, session, render)
    : { evaluated: first, shrunk: false };
  return {
    testName: first.prepared.name,
    input: shown.outcome.input ?? "",
    expected: shown.outcome.expected ?? "",
    actual: shown.outcome.actual ?? "(no value)",
    message: shown.outcome.message ?? "",
    shrunk,
  };
}

function summarize(verdict: Verdict, evaluated: EvaluatedCase[], passed: number, notRun: number, mode: GradeMode): string {
  const examples = evaluated.filter((item) => !item.prepared.hidden);
  const examplesPassed = examples.filter((item) => item.reason === null).length;
  if (mode === "run") {
    const head = `${examplesPassed}/${examples.length} examples passed`;
    return notRun > 0 ? `${head} — ${notRun} hidden tests not run yet (Submit runs them)` : head;
  }
  if (verdict === "accepted") return `All ${evaluated.length} tests passed`;
  const limit = LIMIT_REASONS.find((reason) => VERDICT_OF[reason] === verdict);
  const first = evaluated.find((item) => (limit ? item.reason === limit : item.reason !== null)) as EvaluatedCase;
  const label = first.prepared.hidden ? `hidden test "${first.prepared.name}"` : `example "${first.prepared.name}"`;
  return `${passed}/${evaluated.length} tests passed. First failure, ${label}: ${first.outcome.message}`;
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
