"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { VERDICT_LABELS, type Verdict } from "@/lib/grading/verdicts";
import type { RegradeView } from "@/lib/gradebook/get-regrade";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import styles from "./gradebook.module.css";

type Wire = Omit<RegradeView, "createdAt" | "finishedAt"> & { createdAt: string; finishedAt: string | null };

const POLL_MS = 1000;

/**
 * Regrade: how many submissions were graded against an older exercise version, a button that
 * grades them again in the background, its progress (polled), and the verdicts that changed.
 */
export function RegradePanel({ problemSetId, outdatedCount, initial }: { problemSetId: string; outdatedCount: number; initial: Wire | null }) {
  const router = useRouter();
  const [regrade, setRegrade] = useState<Wire | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/teach/problem-sets/${encodeURIComponent(problemSetId)}/regrades`;
  const isRunning = regrade?.status === "running";

  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setInterval(async () => {
      try {
        const { regrade: next } = await callApi<{ regrade: Wire | null }>(url, { method: "GET" });
        setRegrade(next);
        if (next && next.status !== "running") router.refresh();
      } catch (caught) {
        setError(caught instanceof ApiCallError ? caught.message : "Could not read the regrade's progress.");
      }
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [isRunning, url, router]);

  async function start() {
    setError(null);
    try {
      await callApi(url, { method: "POST" });
      const { regrade: next } = await callApi<{ regrade: Wire | null }>(url, { method: "GET" });
      setRegrade(next);
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.message : "Could not start the regrade.");
    }
  }

  const label = (verdict: string) => VERDICT_LABELS[verdict as Verdict] ?? verdict;
  return (
    <div className={styles.regrade} data-regrade={regrade?.status ?? "none"}>
      <div className={ui.inline}>
        <span data-outdated-total={outdatedCount}>
          {outdatedCount === 0
            ? "Every submission is graded against the current version of its exercise."
            : `${outdatedCount} ${outdatedCount === 1 ? "submission was" : "submissions were"} graded against an older version of its exercise.`}
        </span>
        <button type="button" className="button" disabled={isRunning || outdatedCount === 0} onClick={() => void start()}>
          Regrade the set
        </button>
      </div>
      {error && (
        <span className={ui.error} role="alert">
          {error}
        </span>
      )}
      {regrade && (
        <div role="status" aria-live="polite">
          {regrade.status === "running" && (
            <>
              <span>
                Regrading: {regrade.done} of {regrade.total}
              </span>
              <progress max={regrade.total} value={regrade.done} style={{ width: "100%" }} />
            </>
          )}
          {regrade.status === "failed" && (
            <span className={ui.error}>
              The regrade stopped after {regrade.done} of {regrade.total}: {regrade.error}
            </span>
          )}
          {regrade.status === "done" && (
            <span data-regrade-summary>
              Last regrade: {regrade.total} {regrade.total === 1 ? "submission" : "submissions"} graded again, {regrade.changes.length} changed.
            </span>
          )}
        </div>
      )}
      {regrade && regrade.changes.length > 0 && (
        <div className={ui.tableWrap}>
          <table className={ui.table} aria-label="Changed verdicts">
            <thead>
              <tr>
                <th>Learner</th>
                <th>Exercise</th>
                <th>Before</th>
                <th>After</th>
              </tr>
            </thead>
            <tbody>
              {regrade.changes.map((change) => (
                <tr key={change.submissionId} data-change={change.email}>
                  <td>{change.email}</td>
                  <td>{change.exerciseTitle}</td>
                  <td>
                    {label(change.oldVerdict)} ({change.oldPassed} passed)
                  </td>
                  <td>
                    {label(change.newVerdict)} ({change.newPassed}/{change.total})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
