/**
 * Whether a stored submission's failing hidden case may be shown to its learner now, from the
 * policy stored with it at submit time (never from the sets as they are today): "always" shows
 * it, "after_due" shows it once its stored due date has passed, "never" and anything else (a
 * hand-edited row, a value from a later version) hide it.
 */
export function resolveStoredPolicy(
  stored: { revealFailingCase: string; revealFailingCaseAfter: Date | null },
  now: Date = new Date(),
): { isFailingCaseRevealed: boolean } {
  if (stored.revealFailingCase === "always") return { isFailingCaseRevealed: true };
  if (stored.revealFailingCase === "after_due" && stored.revealFailingCaseAfter !== null) {
    return { isFailingCaseRevealed: now.getTime() > stored.revealFailingCaseAfter.getTime() };
  }
  return { isFailingCaseRevealed: false };
}
