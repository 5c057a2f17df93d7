import type { Metadata } from "next";
import Link from "next/link";
import { filterGradebookRows } from "@/lib/gradebook/filter-gradebook-rows";
import { getGradebook } from "@/lib/gradebook/get-gradebook";
import { LocalTime } from "@/app/_components/local-time";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { getRegrade } from "@/lib/gradebook/get-regrade";
import { describeGradingRules } from "@/lib/problem-sets/grading-rules";
import { ProblemSetStatusBadge } from "../../../_components/problem-set-status-badge";
import { ExerciseStats } from "./exercise-stats";
import { GradebookFilters } from "./gradebook-filters";
import { GradebookMatrix } from "./gradebook-matrix";
import styles from "./gradebook.module.css";
import { readView } from "./gradebook-view";
import { RegradePanel } from "./regrade-panel";

type Props = { params: Promise<{ problemSetId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Gradebook" };

/** A problem set's gradebook: what the class misunderstands, then every learner's standing. */
export default async function GradebookPage({ params, searchParams }: Props) {
  const { problemSetId } = await params;
  const user = await userOrSignIn(`/teach/sets/${problemSetId}/gradebook`);
  const gradebook = await orNotFound(() => getGradebook({ actor: user, problemSetId }));
  const regrade = await orNotFound(() => getRegrade({ actor: user, problemSetId }));
  const outdatedCount = gradebook.rows.reduce((sum, row) => sum + row.outdated.reduce((a, b) => a + b, 0), 0);
  const rules = describeGradingRules(gradebook.problemSet.rules);
  const view = readView(await searchParams, gradebook.exercises.length);
  const rows = filterGradebookRows([...gradebook.rows], view);
  const { problemSet } = gradebook;
  // A TA views, comments and grants extensions; settings and regrades are the instructor's (the API refuses them too).
  const isInstructor = gradebook.viewerRole === "instructor";
  return (
    <main className={`${ui.page} ${ui.wide}`}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link> / <Link href={`/teach/courses/${problemSet.course.id}`}>{problemSet.course.title}</Link>
      </div>
      <div className={ui.header}>
        <div>
          <h1>{problemSet.title}</h1>
          <div className={ui.meta}>
            <ProblemSetStatusBadge status={problemSet.status} />
            <span>{gradebook.rows.length} learners</span>
            {problemSet.dueAt && (
              <span>
                due <LocalTime iso={problemSet.dueAt.toISOString()} />
              </span>
            )}
            <span>{rules.scoring}</span>
            {problemSet.dueAt && <span>{rules.late}</span>}
            {problemSet.countedUntil && (
              <span>
                closed <LocalTime iso={problemSet.countedUntil.toISOString()} />: later submissions are practice and not counted
              </span>
            )}
          </div>
        </div>
        <div className={ui.actions}>
          {isInstructor && (
            <Link href={`/teach/sets/${problemSet.id}`} className="button">
              Edit set
            </Link>
          )}
          <Link href={`/teach/sets/${problemSet.id}/preview`} className="button">
            Preview as a learner
          </Link>
          <Link href={`/teach/courses/${problemSet.course.id}/gradebook`} className="button">
            Course gradebook
          </Link>
          <a href={`/api/teach/problem-sets/${problemSet.id}/gradebook/csv`} className="button button-primary" download>
            Download CSV
          </a>
        </div>
      </div>

      {isInstructor && (
        <section className={ui.section} aria-labelledby="regrade">
          <h2 id="regrade">Exercise versions</h2>
          <RegradePanel
            problemSetId={problemSet.id}
            outdatedCount={outdatedCount}
            initial={regrade && { ...regrade, createdAt: regrade.createdAt.toISOString(), finishedAt: regrade.finishedAt?.toISOString() ?? null }}
          />
        </section>
      )}

      <section className={ui.section} aria-labelledby="class">
        <h2 id="class">How the class is doing</h2>
        <ExerciseStats exercises={gradebook.exercises} />
      </section>

      <section className={ui.section} aria-labelledby="learners">
        <h2 id="learners">
          Learners <span>{rows.length === gradebook.rows.length ? rows.length : `${rows.length} of ${gradebook.rows.length}`}</span>
        </h2>
        <GradebookFilters view={view} exercises={gradebook.exercises} />
        <GradebookMatrix gradebook={gradebook} rows={rows} view={view} />
        <div className={styles.legend}>
          <span>
            <span className={`${styles.cell} ${styles.accepted}`}>✓ 2</span> accepted (attempts; first accepted at)
          </span>
          <span>
            <span className={`${styles.cell} ${styles.attempted}`}>✗ 3</span> attempted, not accepted
          </span>
          <span>
            <span className={`${styles.cell} ${styles.notStarted}`}>–</span> not started
          </span>
          <span>
            <span className={styles.late}>late</span> first accepted after the learner&apos;s due date (theirs: extensions move it)
          </span>
          <span>
            <span className={styles.score}>1.5/2</span> points earned of the exercise&apos;s points
          </span>
          <span>
            <span className={styles.outdated}>⟳ 1 old</span> submissions graded against an older exercise version
          </span>
          <span>
            <span className={styles.robust}>R</span> robust: accepted and every robustness check passed
            {gradebook.problemSet.requireRobust && " (this set requires it to count as solved)"}
          </span>
        </div>
      </section>
    </main>
  );
}
