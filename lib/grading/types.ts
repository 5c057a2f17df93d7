/**
 * The grade result contract shared by the grader, the database layer, the API and the UI.
 * A learner's failure is data, never an exception.
 */

export const VERDICTS = [
  "accepted",
  "wrong_answer",
  "runtime_error",
  "time_limit_exceeded",
  "memory_limit_exceeded",
  "output_limit_exceeded",
  "compile_error",
] as const;
export type Verdict = (typeof VERDICTS)[number];

export type TestStatus = "passed" | "failed" | "error";
export type TestKind = "example" | "fixed" | "random";

/**
 * Which tier a test belongs to. "required": inputs within the catalog's contract; they decide the
 * verdict. "robustness": validation beyond the contract, degenerate data, domain edges, extreme
 * magnitudes; reported and taught beside the verdict, never deciding it.
 */
export const TIERS = ["required", "robustness"] as const;
export type Tier = (typeof TIERS)[number];

/** "run" grades the visible examples only; "submit" grades everything. */
export type GradeMode = "run" | "submit";

export interface TestOutcome {
  name: string;
  kind: TestKind;
  tier: Tier;
  hidden: boolean;
  status: TestStatus;
  /** What a learner needs to fix it: shape first, else worst element and error sizes. */
  message: string | null;
  /** Rendered input / expected / actual. Present for visible examples; for hidden tests only
   * on the host side (the learner view strips them except for the revealed failing case). */
  input?: string;
  expected?: string;
  actual?: string;
  /** Console output captured during this test (visible examples only). */
  console?: string;
  /** The function the test called (multi-function exercises only). */
  function?: string;
  /** The returned value as encoded JSON (lib/exercises/values.ts), for plots: visible examples
   * only, capped in size; never present on a hidden test. */
  actualValue?: string;
}

/** The first failing hidden case, shrunk to a small input when it was a random case. */
export interface FailingCase {
  testName: string;
  input: string;
  expected: string;
  actual: string;
  message: string;
  shrunk: boolean;
  /** The case passes when run alone: it fails only after earlier calls (no values are shown). */
  keepsState?: boolean;
}

export interface MatchedMistake {
  id: string;
  title: string;
  hint: string;
}

/**
 * The robustness tier of a submit: run after the required tier in a fresh context with its own
 * CPU budget. Its checks are not secrets (they teach), so failing ones travel in full in `tests`.
 */
export interface RobustnessReport {
  passed: number;
  total: number;
  /** A known mistake that only the robustness tier can see, when the learner's results match it. */
  mistake?: MatchedMistake;
  /** Why the tier stopped early (a limit), or why it did not run (the required tier hit a limit). */
  stopped?: string;
}

export interface GradeResult {
  exerciseId: string;
  mode: GradeMode;
  /** Decided by the required tier alone. */
  verdict: Verdict;
  /** Tests of the required tier (examples included) that passed, out of `total`. */
  passed: number;
  total: number;
  /** Tests of the full suite that this mode did not run (hidden tests on "run"). */
  notRun: number;
  durationMs: number;
  message: string | null;
  compileError?: { message: string; line: number | null; column: number | null };
  tests: TestOutcome[];
  failingCase?: FailingCase;
  /** The known mistake of the required tier that the learner's results reproduce. */
  mistake?: MatchedMistake;
  /** Submit only (absent on run and when the code did not load). */
  robustness?: RobustnessReport;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: "Accepted",
  wrong_answer: "Wrong answer",
  runtime_error: "Runtime error",
  time_limit_exceeded: "Time limit exceeded",
  memory_limit_exceeded: "Memory limit exceeded",
  output_limit_exceeded: "Output limit exceeded",
  compile_error: "Compile error",
};
