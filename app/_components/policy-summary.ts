import type { TRevealPolicy } from "@/lib/problem-sets/problem-set-input";

const REVEAL: Record<TRevealPolicy, string> = {
  always: "Failing hidden cases are shown",
  never: "Failing hidden cases are not shown",
  after_due: "Failing hidden cases are shown after the due date",
};

/** The rules of a set in plain words, for learners and instructors. */
export function policySummary(set: { revealFailingCase: TRevealPolicy; submitIntervalSeconds: number; requireRobust?: boolean; isExam?: boolean }): string[] {
  const rules = [set.isExam ? "Exam: no failing hidden case is shown to anyone while it is open" : REVEAL[set.revealFailingCase]];
  if (set.submitIntervalSeconds > 0) rules.push(`one submit per exercise every ${formatSeconds(set.submitIntervalSeconds)}`);
  if (set.requireRobust) rules.push("an exercise counts only when robust (every robustness check passed)");
  return rules;
}

export function formatSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** "due in 3 days", "due in 5 h", "overdue by 2 days" (relative to now on the server). */
export function dueLabel(dueAt: Date | null, now = new Date()): string | null {
  if (!dueAt) return null;
  const ms = dueAt.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const amount =
    abs >= 2 * 86_400_000
      ? `${Math.round(abs / 86_400_000)} days`
      : abs >= 3_600_000
        ? `${Math.round(abs / 3_600_000)} h`
        : `${Math.max(1, Math.round(abs / 60_000))} min`;
  return ms >= 0 ? `due in ${amount}` : `overdue by ${amount}`;
}
