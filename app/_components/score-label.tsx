import type { ItemScore } from "@/lib/problem-sets/score-item";

/** "1.5 / 2 pts", with what changed it: a late penalty, an override (and its reason), refused late work. */
export function ScoreLabel({ score, showReason = true }: { score: ItemScore; showReason?: boolean }) {
  const notes: string[] = [];
  if (score.override) notes.push(`set by staff${showReason ? `: ${score.override.reason}` : ""}`);
  else if (score.isLate && score.computed < score.points) notes.push("late");
  if (score.refusedAttempts > 0) notes.push(`${score.refusedAttempts} late ${score.refusedAttempts === 1 ? "submission" : "submissions"} not counted`);
  return (
    <span data-score={score.earned} data-overridden={score.override ? true : undefined}>
      <strong>{score.earned}</strong> / {score.points} pts
      {notes.length > 0 && <span className="score-note"> ({notes.join("; ")})</span>}
    </span>
  );
}
