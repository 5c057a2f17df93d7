import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { canTeach } from "@/lib/courses/actor";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { VERDICT_LABELS } from "@/lib/grading/types";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { findCurrentUser } from "@/lib/http/current-user";
import { LocalTime } from "@/app/_components/local-time";
import ui from "@/app/_components/ui.module.css";
import { StatusBadge } from "@/app/_components/status-badge";
import { ActivityCalendar } from "./activity-calendar";
import styles from "./dashboard.module.css";
import { NextSteps } from "./next-steps";

export const metadata: Metadata = { title: "Dashboard" };

/** A learner's progress (signed in, or the anonymous learner of this browser). */
export default async function DashboardPage() {
  const [user, learner] = await Promise.all([findCurrentUser(), findCurrentLearner()]);
  const now = new Date();
  const dashboard = await getDashboard({ learnerId: learner?.id ?? null, now });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <main className={ui.page}>
      <div className={ui.header}>
        <div>
          <h1>Your progress</h1>
          <p>
            {user ? (
              <>
                Signed in as {user.email}. <Link href="/courses">Your courses</Link>
                {canTeach(user) && (
                  <>
                    {" · "}
                    <Link href="/teach">Teaching</Link>
                  </>
                )}
              </>
            ) : (
              <>
                Kept in this browser. <Link href="/sign-in?next=/dashboard">Sign in</Link> to keep it everywhere and to join a course.
              </>
            )}
          </p>
        </div>
      </div>

      <div className={styles.top}>
        <div className={ui.card} aria-label={`${dashboard.solved} of ${dashboard.total} solved`}>
          <div className={styles.label}>Solved</div>
          <div className={styles.big}>
            {dashboard.solved}{" "}
            <small>
              of {dashboard.total} exercises · {dashboard.robust} robust
            </small>
          </div>
          <div className={ui.bar} style={{ marginTop: 10, height: 10 }} aria-hidden="true">
            <span style={{ width: `${percent(dashboard.solved, dashboard.total)}%` }} />
          </div>
          <div className={ui.barGrid} style={{ marginTop: 16 }}>
            {dashboard.difficulties.map((difficulty) => (
              <Fragment key={difficulty.id}>
                <span className={`badge badge-${difficulty.id}`} data-difficulty={difficulty.id}>
                  {difficulty.id}
                </span>
                <div className={ui.bar} aria-hidden="true">
                  <span style={{ width: `${percent(difficulty.solved, difficulty.total)}%` }} />
                </div>
                <span className={ui.num}>
                  {difficulty.solved}/{difficulty.total}
                </span>
              </Fragment>
            ))}
          </div>
        </div>
        <div className={ui.card} data-streak={dashboard.streak.current}>
          <div className={styles.label}>Streak</div>
          <div className={styles.big}>
            {dashboard.streak.current}{" "}
            <small>
              {dashboard.streak.current === 1 ? "day" : "days"} · longest {dashboard.streak.longest}
            </small>
          </div>
          <ActivityCalendar activity={dashboard.activity} />
          <p className={ui.hint} style={{ margin: "8px 0 0" }}>
            The last 12 weeks. A day counts when it has an accepted submission; days follow the server&apos;s time zone ({timeZone}).
            {!dashboard.streak.isActiveToday && dashboard.streak.current > 0 && " Solve one today to keep it."}
          </p>
        </div>
      </div>

      <div className={styles.two}>
        <section className={ui.section} aria-labelledby="next">
          <h2 id="next">What to do next</h2>
          <NextSteps next={dashboard.next} now={now} />
        </section>
        <section className={ui.section} aria-labelledby="tracks">
          <h2 id="tracks">Progress per track</h2>
          <div className={`${ui.card} ${ui.barGrid}`}>
            {dashboard.tracks.map((track) => (
              <Fragment key={track.id}>
                <span data-track={track.id}>{track.title}</span>
                <div className={`${ui.bar} ${styles.trackBar}`} aria-hidden="true">
                  <span style={{ width: `${percent(track.solved, track.total)}%` }} />
                  <span className={styles.robustBar} style={{ width: `${percent(track.robust, track.total)}%` }} />
                </div>
                <span className={ui.num} data-robust={track.robust}>
                  {track.solved}/{track.total}
                  {track.solved > 0 && <span className={styles.robustCount}> · {track.robust} robust</span>}
                </span>
              </Fragment>
            ))}
          </div>
          <p className={ui.hint}>Light: solved (every required test passed). Dark: solved and robust (every robustness check passed too).</p>
        </section>
      </div>

      <div className={styles.two}>
        <section className={ui.section} aria-labelledby="exercises">
          <h2 id="exercises">Your exercises</h2>
          {dashboard.exercises.length === 0 ? (
            <p className={ui.empty}>Nothing submitted yet.</p>
          ) : (
            <div className={ui.tableWrap} tabIndex={0} role="region" aria-label="Your exercises">
              <table className={ui.table}>
                <thead>
                  <tr>
                    <th>Exercise</th>
                    <th>Status</th>
                    <th className={ui.num}>Attempts</th>
                    <th>First solved</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.exercises.map((exercise) => (
                    <tr key={exercise.slug}>
                      <td>
                        <Link href={`/exercises/${exercise.slug}`} prefetch={false}>
                          {exercise.title}
                        </Link>
                      </td>
                      <td>
                        <StatusBadge status={exercise.status} isRobust={exercise.isRobust} />
                      </td>
                      <td className={ui.num}>{exercise.attempts}</td>
                      <td className={ui.small}>
                        {exercise.firstSolvedAt ? <LocalTime iso={exercise.firstSolvedAt.toISOString()} /> : <span className={ui.muted}>–</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className={ui.section} aria-labelledby="recent">
          <h2 id="recent">Recent activity</h2>
          {dashboard.recent.length === 0 ? (
            <p className={ui.empty}>No submission yet.</p>
          ) : (
            <div className={ui.card}>
              <ul className={styles.next}>
                {dashboard.recent.map((entry, index) => (
                  <li key={index}>
                    <span>
                      <Link href={`/exercises/${entry.slug}`} prefetch={false}>
                        {entry.title}
                      </Link>
                      <br />
                      <span className={`${ui.small} ${ui.muted}`}>
                        <LocalTime iso={entry.createdAt.toISOString()} /> · {entry.passed}/{entry.total} tests
                      </span>
                    </span>
                    <span className={`badge ${entry.verdict === "accepted" ? "status-solved" : "badge-hard"}`}>{VERDICT_LABELS[entry.verdict]}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>
    </main>
  );
}

function percent(part: number, total: number): number {
  return total === 0 ? 0 : (100 * part) / total;
}
