import Link from "next/link";
import type { AssignedProblemSet } from "@/lib/problem-sets/list-assigned-problem-sets";
import { ItemStatusBadge } from "@/app/_components/item-status-badge";
import { LocalTime } from "@/app/_components/local-time";
import { dueLabel, policySummary } from "@/app/_components/policy-summary";
import { ScoreLabel } from "@/app/_components/score-label";
import ui from "@/app/_components/ui.module.css";
import { describeGradingRules } from "@/lib/problem-sets/grading-rules";
import styles from "./course.module.css";

/** One assigned set: dates, rules, progress bar and the learner's standing on each exercise. */
export function ProblemSetCard({ set, now }: { set: AssignedProblemSet; now: Date }) {
  const total = set.exercises.length;
  const due = dueLabel(set.dueAt, now);
  const rules = describeGradingRules(set.rules);
  return (
    <section className={ui.card} aria-labelledby={`set-${set.id}`} data-problem-set={set.id}>
      <div className={styles.setHeader}>
        <div>
          <h3 id={`set-${set.id}`}>{set.title}</h3>
          <div className={ui.meta}>
            {set.status === "closed" ? (
              <span className="badge badge-neutral">Closed</span>
            ) : (
              due && <span className={`badge ${set.isPastDue ? "badge-hard" : "badge-medium"}`}>{due}</span>
            )}
            {set.dueAt && (
              <span data-your-due>
                {set.hasExtension ? "Your due date (extended)" : "Due"} <LocalTime iso={set.dueAt.toISOString()} />
                {set.hasExtension && set.setDueAt && (
                  <>
                    {" "}
                    (the set&apos;s: <LocalTime iso={set.setDueAt.toISOString()} />)
                  </>
                )}
              </span>
            )}
            {set.dueAt && <span data-late-policy>{rules.late}</span>}
            <span>{rules.scoring}</span>
            {policySummary(set).map((rule) => (
              <span key={rule}>{rule}</span>
            ))}
          </div>
        </div>
        <div className={styles.setProgress} aria-label={`${set.totalScore} of ${set.maxScore} points, ${set.acceptedCount} of ${total} accepted`}>
          <strong data-total-score={set.totalScore}>
            {set.totalScore}/{set.maxScore}
          </strong>{" "}
          points · {set.acceptedCount}/{total} accepted
          <div className={ui.bar} aria-hidden="true">
            <span style={{ width: `${set.maxScore === 0 ? 0 : (100 * set.totalScore) / set.maxScore}%` }} />
          </div>
        </div>
      </div>
      {set.description && <p className={`${ui.muted} ${ui.small} ${styles.description}`}>{set.description}</p>}
      {set.status === "closed" && (
        <p className={ui.notice}>This set is closed: you can still practise its exercises, but new submissions no longer count for it.</p>
      )}
      <ol className={styles.items}>
        {set.exercises.map((exercise) => (
          <li key={exercise.slug} data-item={exercise.slug}>
            {exercise.isAvailable ? (
              <Link href={`/exercises/${exercise.slug}`} prefetch={false} className={styles.itemTitle}>
                {exercise.title}
              </Link>
            ) : (
              <span className={styles.itemTitle}>{exercise.title} (unavailable)</span>
            )}
            <span className={`badge badge-${exercise.difficulty}`}>{exercise.difficulty}</span>
            <span className={`${ui.small} ${ui.muted} ${ui.num}`}>
              {exercise.standing.attempts} {exercise.standing.attempts === 1 ? "attempt" : "attempts"}
            </span>
            <ItemStatusBadge standing={exercise.standing} />
            <span className={`${ui.small} ${styles.itemScore}`}>
              <ScoreLabel score={exercise.score} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
