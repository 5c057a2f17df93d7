import type { GradebookExercise } from "@/lib/gradebook/get-gradebook";
import ui from "@/app/_components/ui.module.css";
import styles from "./gradebook.module.css";

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

/** Per exercise: pass rate as a bar, effort, and what the class gets wrong. */
export function ExerciseStats({ exercises }: { exercises: GradebookExercise[] }) {
  return (
    <div className={styles.statsGrid}>
      {exercises.map((exercise, index) => {
        const stats = exercise.statistics;
        return (
          <article key={exercise.slug} className={ui.card} data-exercise-stats={exercise.slug}>
            <div className={styles.statsHead}>
              <h3>
                <span className={styles.index}>{index + 1}</span> {exercise.title}
              </h3>
              <span className={`badge badge-${exercise.difficulty}`}>{exercise.difficulty}</span>
            </div>
            <div className={styles.passRate} aria-label={`Pass rate ${percent(stats.passRate)}`}>
              <div className={ui.bar} aria-hidden="true" style={{ height: 10 }}>
                <span style={{ width: percent(stats.passRate ?? 0) }} />
              </div>
              <strong data-pass-rate>{percent(stats.passRate)}</strong>
            </div>
            <div className={ui.meta}>
              <span>
                {stats.acceptedCount} of {stats.learnerCount} accepted
              </span>
              <span>{stats.attemptedCount} still trying</span>
              <span data-median-attempts>
                median {stats.medianAttemptsToSolve === null ? "–" : formatNumber(stats.medianAttemptsToSolve)}{" "}
                {stats.medianAttemptsToSolve === 1 ? "attempt" : "attempts"} to solve
              </span>
            </div>
            <h4 className={styles.subhead}>Misconceptions matched</h4>
            {stats.mistakes.length === 0 ? (
              <p className={`${ui.small} ${ui.muted} ${styles.none}`}>None matched.</p>
            ) : (
              <ul className={styles.counts} data-mistakes>
                {stats.mistakes.map((mistake) => (
                  <li key={mistake.id} title={mistake.id}>
                    <span>{mistake.title}</span>
                    <span className={ui.num}>
                      {mistake.learners} {mistake.learners === 1 ? "learner" : "learners"} · {mistake.submissions}×
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h4 className={styles.subhead}>Hidden tests most often failed</h4>
            {stats.failedHiddenTests.length === 0 ? (
              <p className={`${ui.small} ${ui.muted} ${styles.none}`}>None failed.</p>
            ) : (
              <ul className={styles.counts} data-failed-tests>
                {stats.failedHiddenTests.map((test) => (
                  <li key={test.name}>
                    <span>{test.name}</span>
                    <span className={ui.num}>{test.count}×</span>
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </div>
  );
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
