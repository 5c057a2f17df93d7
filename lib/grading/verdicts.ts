/** The verdicts and tiers of the grade result contract, without zod: client components import these. */

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

/**
 * Which tier a test belongs to. "required": inputs within the catalog's contract; they decide the
 * verdict. "robustness": validation beyond the contract, degenerate data, domain edges, extreme
 * magnitudes; reported and taught beside the verdict, never deciding it.
 */
export const TIERS = ["required", "robustness"] as const;
export type Tier = (typeof TIERS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: "Accepted",
  wrong_answer: "Wrong answer",
  runtime_error: "Runtime error",
  time_limit_exceeded: "Time limit exceeded",
  memory_limit_exceeded: "Memory limit exceeded",
  output_limit_exceeded: "Output limit exceeded",
  compile_error: "Compile error",
};
