/** What the host sends into the sandbox for one call and what comes back (shared by sandbox.ts and sandbox-outcomes.ts). */

export type CallOutcome =
  | { kind: "value"; json: string }
  | { kind: "thrown"; message: string }
  | { kind: "misuse"; message: string }
  | { kind: "output_limit"; message: string }
  | { kind: "compile_error"; message: string }
  | { kind: "timeout"; message: string }
  | { kind: "memory"; message: string };

/** One call of the learner's function in a batch: its console is collected for visible cases only. */
export interface CaseCall {
  functionName: string;
  argsJson: string;
  collectConsole: boolean;
}

/** What one call gave: the outcome and, when collected, the console text it wrote. */
export interface CaseResult {
  outcome: CallOutcome;
  console: string;
}
