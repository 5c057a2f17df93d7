import { VERDICT_LABELS, type Verdict } from "@/lib/grading/types";

/** Colour family of a verdict: accepted, a wrong result, or a limit the code ran into. */
export function verdictTone(verdict: Verdict): "ok" | "bad" | "warn" {
  if (verdict === "accepted") return "ok";
  if (verdict.endsWith("limit_exceeded")) return "warn";
  return "bad";
}

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict] ?? verdict;
}
