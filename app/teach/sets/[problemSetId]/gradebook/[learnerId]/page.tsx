import type { Metadata } from "next";
import Link from "next/link";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { ItemStatusBadge } from "@/app/_components/item-status-badge";
import { LocalTime } from "@/app/_components/local-time";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import { ScoreLabel } from "@/app/_components/score-label";
import ui from "@/app/_components/ui.module.css";
import { describeGradingRules } from "@/lib/problem-sets/grading-rules";
import { ExtensionForm } from "./extension-form";
import styles from "./learner.module.css";
import { OverrideForm } from "./override-form";
import { SubmissionDetails } from "./submission-details";

type Props = { params: Promise<{ problemSetId: string; learnerId: string }> };

export const metadata: Metadata = { title: "Learner's submissions" };

/** Every submission of one learner to a set's exercises (course owner or admin). */
export default async function LearnerWorkPage({ params }: Props) {
  const { problemSetId, learnerId } = await params;
  const user = await userOrSignIn(`/teach/sets/${problemSetId}/gradebook/${learnerId}`);
  const work = await orNotFound(() => getLearnerWork({ actor: user, problemSetId, learnerId }));
  return (
    <main className={ui.page}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link> / <Link href={`/teach/courses/${work.problemSet.course.id}`}>{work.problemSet.course.title}</Link> /{" "}
        <Link href={`/teach/sets/${work.problemSet.id}/gradebook`}>{work.problemSet.title}</Link>
      </div>
      <div className={ui.header}>
        <div>
          <h1>{work.learner.displayName ?? work.learner.email}</h1>
          <div className={ui.meta}>
            {work.learner.displayName && <span>{work.learner.email}</span>}
            {work.learner.studentId && <span>student id {work.learner.studentId}</span>}
            <span data-learner-due>
              {work.problemSet.dueAt ? (
                <>
                  {work.problemSet.extension ? "Extended to " : "Due "}
                  <LocalTime iso={work.problemSet.dueAt.toISOString()} />
                  {work.problemSet.extension && ` by ${work.problemSet.extension.grantedByEmail}`}
                </>
              ) : (
                "No due date"
              )}
            </span>
            <span>{describeGradingRules(work.problemSet.rules).late}</span>
          </div>
          <p>
            Submissions to “{work.problemSet.title}”, newest first. Hidden tests show their names and results; their inputs are never stored, except the one
            failing case the grader shrank.
          </p>
        </div>
      </div>
      <section className={ui.card} aria-label="Due date" style={{ marginBottom: 16 }}>
        <ExtensionForm problemSetId={work.problemSet.id} learnerId={work.learner.id} extendedTo={work.problemSet.extension?.dueAt.toISOString() ?? null} />
      </section>
      <div className={ui.stack}>
        {work.exercises.map((exercise) => (
          <section key={exercise.slug} className={ui.card} aria-labelledby={`exercise-${exercise.slug}`} data-exercise={exercise.slug}>
            <div className={ui.inline} style={{ justifyContent: "space-between" }}>
              <h3 id={`exercise-${exercise.slug}`}>{exercise.title}</h3>
              <span className={ui.inline}>
                <span className={`${ui.small} ${ui.muted}`}>
                  {exercise.submissions.length} {exercise.submissions.length === 1 ? "submission" : "submissions"}
                </span>
                <ItemStatusBadge standing={exercise.standing} />
              </span>
            </div>
            <div className={styles.scoreLine} data-item-score={exercise.slug}>
              <ScoreLabel score={exercise.score} />
              {exercise.score.override && (
                <span className={`${ui.small} ${ui.muted}`}>
                  overridden by {exercise.score.override.byEmail}, <LocalTime iso={exercise.score.override.at.toISOString()} /> (computed:{" "}
                  {exercise.score.computed})
                </span>
              )}
            </div>
            {work.viewerRole === "instructor" && (
              <OverrideForm
                problemSetId={work.problemSet.id}
                learnerId={work.learner.id}
                exerciseSlug={exercise.slug}
                points={exercise.score.points}
                isOverridden={exercise.score.override !== null}
              />
            )}
            {exercise.submissions.length === 0 ? (
              <p className={`${ui.small} ${ui.muted}`}>No submission.</p>
            ) : (
              exercise.submissions.map((submission, index) => (
                <SubmissionDetails key={submission.id} submission={submission} isOpen={index === 0} problemSetId={work.problemSet.id} />
              ))
            )}
          </section>
        ))}
      </div>
    </main>
  );
}
