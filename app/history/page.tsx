import type { Metadata } from "next";
import Link from "next/link";
import { isAppError } from "@/lib/errors";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { findCurrentUser } from "@/lib/http/current-user";
import { listSubmissionHistory, type THistoryEntry } from "@/lib/users/list-submission-history";
import { isRobustSubmission } from "@/lib/grading/is-robust-submission";
import { LocalTime } from "@/app/_components/local-time";
import { verdictLabel, verdictTone } from "../exercises/[id]/_components/verdict";
import styles from "./history.module.css";
import "../exercises/[id]/results.css";

export const metadata: Metadata = { title: "Submission history" };

type Props = { searchParams: Promise<{ before?: string | string[] }> };

/** Every submission of this learner (signed in or anonymous), newest first, 50 per page. */
export default async function HistoryPage({ searchParams }: Props) {
  const before = (await searchParams).before;
  const page = await loadPage(typeof before === "string" ? before.slice(0, 64) : null);
  const user = await findCurrentUser().catch(() => null);

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Submission history</h1>
        <p className={styles.lead}>
          Every submission you made, newest first. Open one to see its code and results, or reopen it in the editor.
          {!user && (
            <>
              {" "}
              <Link href="/sign-up?next=/history">Create an account</Link> to keep it across devices.
            </>
          )}
        </p>
      </header>
      {page === "unavailable" ? (
        <p className={styles.notice}>Your history could not be loaded right now. Please try again in a moment.</p>
      ) : page.entries.length === 0 ? (
        <p className={styles.empty}>
          {before ? "No older submissions." : "No submissions yet. Open an exercise from the "}
          {!before && <Link href="/">catalog</Link>}
          {!before && " and Submit: each submission is kept here with its code and results."}
        </p>
      ) : (
        <>
          <HistoryTable entries={page.entries} />
          <nav className={styles.pager} aria-label="Pages">
            {before && <Link href="/history">Newest</Link>}
            {page.hasMore && <Link href={`/history?before=${encodeURIComponent(page.entries[page.entries.length - 1].id)}`}>Older submissions →</Link>}
          </nav>
        </>
      )}
    </main>
  );
}

function HistoryTable({ entries }: { entries: THistoryEntry[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Verdict</th>
            <th scope="col" className={styles.number}>
              Required
            </th>
            <th scope="col" className={styles.number}>
              Robust
            </th>
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-exercise={entry.exerciseSlug}>
              <td>
                <Link href={`/history/${entry.id}`} className={styles.rowLink}>
                  {entry.exerciseTitle}
                </Link>
                {entry.commentCount > 0 && (
                  <span className={styles.commentCount} data-comments={entry.commentCount}>
                    {" "}
                    · {entry.commentCount} {entry.commentCount === 1 ? "comment" : "comments"}
                  </span>
                )}
              </td>
              <td>
                <span className={`${styles.verdict} tone-${verdictTone(entry.verdict)}`} data-verdict={entry.verdict}>
                  {verdictLabel(entry.verdict)}
                </span>
              </td>
              <td className={styles.number}>
                {entry.passed}/{entry.total}
              </td>
              <td className={styles.number} data-robust={isRobustSubmission(entry)}>
                {entry.robustTotal === 0 ? (
                  <span className="muted">–</span>
                ) : isRobustSubmission(entry) ? (
                  <span className="tone-ok">✓ robust</span>
                ) : (
                  `${entry.robustPassed}/${entry.robustTotal}`
                )}
              </td>
              <td className={styles.time}>
                <LocalTime iso={entry.createdAt.toISOString()} format="dateTimeWithYear" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function loadPage(before: string | null): Promise<{ entries: THistoryEntry[]; hasMore: boolean } | "unavailable"> {
  try {
    const learner = await findCurrentLearner();
    if (!learner) return { entries: [], hasMore: false };
    return await listSubmissionHistory({ learnerId: learner.id, before });
  } catch (error) {
    console.error("[page] /history unavailable:", isAppError(error) ? error.message : error);
    return "unavailable";
  }
}
