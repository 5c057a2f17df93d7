import { decodeValue, formatValue } from "../lib/exercises/values";
import type { FailingCase, GradeMode, GradeResult, MatchedMistake, RobustnessReport, Verdict } from "../lib/grading/types";
import { transpileTypeScript } from "../lib/transpile";
import type { PreparedCase, PreparedExercise } from "./cases";
import { diagnoseMistake } from "./diagnose";
import { evaluateCase, type EvaluatedCase, type FailureReason } from "./evaluate-case";
import type { IsolateHost, SandboxSession } from "./sandbox";
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
 * module in a fresh context, call the function once per required test, compare on the host,
 * shrink the first failing random case, diagnose known mistakes. On submit the robustness tier
 * follows in a second fresh context with its own CPU budget: it is reported beside the verdict
 * and can never change it (see gradeRobustness). `onRequired` receives the result as it stands
 * before the robustness tier (its checks marked not run), so that a grading process killed during
 * that tier still answers with the required verdict.
 */
export function gradeSource(
  exercise: PreparedExercise,
  source: string,
  mode: GradeMode,
  host: IsolateHost,
  onRequired?: (result: GradeResult) => void,
): GradeResult {
  const started = performance.now();
  const exerciseId = exercise.runtime.content.meta.id;
  const cases = mode === "run" ? exercise.examples : [...exercise.examples, ...exercise.hidden.filter((item) => item.tier === "required")];
  const robustnessCases = mode === "run" ? [] : exercise.hidden.filter((item) => item.tier === "robustness");
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
  let required: { verdict: Verdict; evaluated: EvaluatedCase[]; failingCase?: FailingCase; mistake?: MatchedMistake };
  try {
    const loaded = session.load(transpiled.code);
    if (loaded.kind !== "value") {
      const verdict: Verdict = loaded.kind === "compile_error" ? "compile_error" : VERDICT_OF[reasonOfLoad(loaded.kind)];
      const prefix = loaded.kind === "thrown" ? "Your file threw while loading: " : "";
      return finish({ verdict, passed: 0, total: cases.length, message: prefix + loaded.message, tests: [] });
    }
    const render = (prepared: PreparedCase) => renderInput(exercise, prepared);
    const evaluated = runCases(exercise, session, cases, render);
    const verdict = verdictOf(evaluated);
    required = {
      verdict,
      evaluated,
      failingCase: verdict === "accepted" ? undefined : revealFailingCase(exercise, evaluated, session, render),
      mistake: verdict === "accepted" ? undefined : diagnoseMistake(exercise, evaluated, "required"),
    };
  } finally {
    session.close();
  }

  const { verdict, evaluated, failingCase, mistake } = required;
  const passed = evaluated.filter((item) => item.reason === null).length;
  const assemble = (robustness: { report: RobustnessReport; evaluated: EvaluatedCase[] } | undefined) =>
    finish({
      verdict,
      passed,
      total: cases.length,
      message: summarize(verdict, evaluated, passed, notRun, mode, robustness?.report),
      tests: [...evaluated, ...(robustness?.evaluated ?? [])].map((item) => item.outcome),
      ...(failingCase ? { failingCase } : {}),
      ...(mistake ? { mistake } : {}),
      ...(robustness ? { robustness: robustness.report } : {}),
    });
  if (mode === "run") return assemble(undefined);
  if (onRequired && robustnessCases.length > 0) {
    const stopped = "stopped: the robustness checks ran past the grading process's limits";
    onRequired(
      assemble({
        report: { passed: 0, total: robustnessCases.length, stopped },
        evaluated: robustnessCases.map((prepared) => notRunCase(prepared, `not run: ${stopped}`)),
      }),
    );
  }
  return assemble(gradeRobustness(exercise, transpiled.code, robustnessCases, verdict, host));
}

/** Calls the learner's function once per case and compares each result on the host. */
function runCases(
  exercise: PreparedExercise,
  session: SandboxSession,
  cases: PreparedCase[],
  render: (prepared: PreparedCase) => string,
): EvaluatedCase[] {
  return cases.map((prepared) => {
    const item = evaluateCase(prepared, session.call(prepared.functionName, prepared.argsJson), exercise.tolerance, render);
    if (exercise.isMultiFunction) item.outcome.function = prepared.functionName;
    if (!prepared.hidden) {
      const printed = session.takeConsole();
      if (printed) item.outcome.console = printed;
    }
    return item;
  });
}

/**
 * The robustness tier: a fresh context (so nothing the learner's module kept from the required
 * tier's hidden inputs can surface in these fully shown results) with a CPU budget of its own.
 * Its first limit ends the tier; the cases after it are reported as not run. When the required
 * tier already hit a limit, the tier does not run at all: hostile code gets one budget, not two.
 */
function gradeRobustness(
  exercise: PreparedExercise,
  compiledJs: string,
  cases: PreparedCase[],
  verdict: Verdict,
  host: IsolateHost,
): { report: RobustnessReport; evaluated: EvaluatedCase[] } {
  if (cases.length === 0) return { report: { passed: 0, total: 0 }, evaluated: [] };
  const skipAll = (why: string) => ({
    report: { passed: 0, total: cases.length, stopped: why },
    evaluated: cases.map((prepared) => notRunCase(prepared, why)),
  });
  if (LIMIT_REASONS.some((reason) => VERDICT_OF[reason] === verdict)) return skipAll("not run: the required tests hit a limit");

  const session = host.openSession();
  try {
    const loaded = session.load(compiledJs);
    if (loaded.kind !== "value") return skipAll(`not run: your file did not load a second time (${loaded.message})`);
    const render = (prepared: PreparedCase) => renderInput(exercise, prepared);
    const evaluated: EvaluatedCase[] = [];
    let stopped: string | undefined;
    for (const prepared of cases) {
      if (stopped) {
        evaluated.push(notRunCase(prepared, `not run: ${stopped}`));
        continue;
      }
      const [item] = runCases(exercise, session, [prepared], render);
      evaluated.push(item);
      if (item.reason && LIMIT_REASONS.includes(item.reason)) stopped = `"${prepared.name}" hit a limit (${item.outcome.message})`;
    }
    const mistake = diagnoseMistake(exercise, evaluated, "robustness");
    const report: RobustnessReport = {
      passed: evaluated.filter((item) => item.reason === null).length,
      total: cases.length,
      ...(mistake ? { mistake } : {}),
      ...(stopped ? { stopped: `stopped early: ${stopped}` } : {}),
    };
    return { report, evaluated };
  } finally {
    session.close();
  }
}

function notRunCase(prepared: PreparedCase, why: string): EvaluatedCase {
  return {
    prepared,
    reason: "misuse",
    learner: null,
    outcome: { name: prepared.name, kind: prepared.kind, tier: prepared.tier, hidden: prepared.hidden, status: "error", message: why },
  };
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
