import Link from "next/link";
import type { GradebookView } from "@/lib/gradebook/filter-gradebook-rows";
import type { Gradebook, GradebookRow } from "@/lib/gradebook/get-gradebook";
import type { ItemStanding } from "@/lib/problem-sets/item-standing";
import { LocalTime } from "@/app/_components/local-time";
import ui from "@/app/_components/ui.module.css";
import type { ItemScore } from "@/lib/problem-sets/score-item";
import styles from "./gradebook.module.css";
import { sortHref } from "./gradebook-view";

/** Learners x exercises: one coloured cell per standing, attempts inside, totals at the end. */
export function GradebookMatrix({ gradebook, rows, view }: { gradebook: Gradebook; rows: GradebookRow[]; view: GradebookView }) {
  const arrow = (sort: GradebookView["sort"]) => (view.sort === sort ? (view.descending ? " ↓" : " ↑") : "");
  return (
    <div className={ui.tableWrap}>
      <table className={`${ui.table} ${styles.matrix}`} aria-label="Gradebook">
        <thead>
          <tr>
            <th>
              <Link href={sortHref(view, "learner")}>Learner{arrow("learner")}</Link>
            </th>
            {gradebook.exercises.map((exercise, index) => (
              <th key={exercise.slug} className={styles.exerciseHead} title={exercise.title}>
                <span className={styles.index}>{index + 1}</span> {exercise.title}
                <span className={styles.points}>
                  {exercise.points} {exercise.points === 1 ? "pt" : "pts"}
                </span>
              </th>
            ))}
            <th className={ui.num}>
              <Link href={sortHref(view, "score")}>
                Score{arrow("score")} <span className={styles.points}>of {gradebook.problemSet.maxScore}</span>
              </Link>
            </th>
            <th className={ui.num}>
              <Link href={sortHref(view, "solved")}>Solved{arrow("solved")}</Link>
            </th>
            <th className={ui.num}>
              <Link href={sortHref(view, "attempts")}>Attempts{arrow("attempts")}</Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.learnerId} data-learner={row.email}>
              <td>
                <Link href={`/teach/sets/${gradebook.problemSet.id}/gradebook/${row.learnerId}`}>{row.displayName ?? row.email}</Link>
                {row.displayName && <span className={styles.when}>{row.email}</span>}
                {row.extension && (
                  <span className={styles.extension} data-extension title={`Granted by ${row.extension.grantedByEmail}`}>
                    extended to <LocalTime iso={row.extension.dueAt.toISOString()} />
                  </span>
                )}
              </td>
              {row.cells.map((cell, index) => (
                <td key={gradebook.exercises[index].slug} className={styles.cellTd}>
                  <Cell cell={cell} />
                  <CellScore score={row.scores[index]} outdated={row.outdated[index]} />
                </td>
              ))}
              <td className={ui.num} data-total-score={row.totalScore}>
                <strong>{row.totalScore}</strong>
              </td>
              <td className={ui.num} data-solved>
                {row.solvedCount}/{gradebook.exercises.length}
              </td>
              <td className={ui.num} data-attempts>
                {row.attempts}
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={gradebook.exercises.length + 4} className={ui.empty}>
                {gradebook.rows.length === 0 ? "Nobody has joined the course yet." : "No learner matches these filters."}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell }: { cell: ItemStanding }) {
  const attempts = `${cell.attempts} ${cell.attempts === 1 ? "attempt" : "attempts"}`;
  if (cell.status === "not_started") {
    return (
      <span className={`${styles.cell} ${styles.notStarted}`} data-status="not_started" title="Not started">
        –
      </span>
    );
  }
  const title =
    cell.status === "accepted" && cell.firstAcceptedAt
      ? `Accepted${cell.isLate ? " late" : ""} after ${cell.attemptsToSolve} of ${attempts}, first on ${cell.firstAcceptedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`
      : `Attempted: ${attempts}, not accepted`;
  const robustNote = cell.isRobust ? "; robust (every robustness check passed)" : "";
  return (
    <>
      <span
        className={`${styles.cell} ${cell.status === "accepted" ? styles.accepted : styles.attempted}`}
        data-status={cell.status}
        data-late={cell.isLate || undefined}
        data-robust={cell.isRobust || undefined}
        title={title + robustNote}
      >
        {cell.status === "accepted" ? "✓" : "✗"} {cell.attempts}
        {cell.isRobust && (
          <span className={styles.robust} aria-label="robust">
            R
          </span>
        )}
        {cell.isLate && <span className={styles.late}>late</span>}
      </span>
      {cell.firstAcceptedAt && (
        <span className={styles.when}>
          <LocalTime iso={cell.firstAcceptedAt.toISOString()} />
        </span>
      )}
    </>
  );
}

/** The item's points (with what changed them) and how many submissions await a regrade. */
function CellScore({ score, outdated }: { score: ItemScore; outdated: number }) {
  const notes = [
    score.override ? `overridden by ${score.override.byEmail}: ${score.override.reason}` : null,
    score.isLate && !score.override && score.computed < score.points ? "late penalty" : null,
    score.refusedAttempts > 0 ? `${score.refusedAttempts} late not counted` : null,
  ].filter(Boolean);
  return (
    <span className={styles.score} data-score={score.earned} data-overridden={score.override ? true : undefined} title={notes.join("; ") || undefined}>
      {score.earned}/{score.points}
      {score.override && <span className={styles.flag}>override</span>}
      {notes.length > 0 && !score.override && <span className={styles.flag}>{score.refusedAttempts > 0 ? "late not counted" : "late penalty"}</span>}
      {outdated > 0 && (
        <span className={styles.outdated} data-outdated={outdated} title={`${outdated} submission(s) graded against an older version of this exercise`}>
          ⟳ {outdated} old
        </span>
      )}
    </span>
  );
}
