import type { Metadata } from "next";
import Link from "next/link";
import { getLearnerWork } from "@/lib/gradebook/get-learner-work";
import { ItemStatusBadge } from "@/app/_components/item-status-badge";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
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
          <h1>{work.learner.email}</h1>
          <p>Submissions to “{work.problemSet.title}”, newest first. Hidden tests show their names and results; their inputs are never stored, except the one failing case the grader shrank.</p>
        </div>
      </div>
      <div className={ui.stack}>
        {work.exercises.map((exercise) => (
          <section key={exercise.slug} className={ui.card} aria-labelledby={`exercise-${exercise.slug}`} data-exercise={exercise.slug}>
            <div className={ui.inline} style={{ justifyContent: "space-between" }}>
              <h3 id={`exercise-${exercise.slug}`}>{exercise.title}</h3>
              <span className={ui.inline}>
                <span className={`${ui.small} ${ui.muted}`}>{exercise.submissions.length} {exercise.submissions.length === 1 ? "submission" : "submissions"}</span>
                <ItemStatusBadge standing={exercise.standing} />
              </span>
            </div>
            {exercise.submissions.length === 0 ? (
              <p className={`${ui.small} ${ui.muted}`}>No submission.</p>
            ) : (
              exercise.submissions.map((submission, index) => <SubmissionDetails key={submission.id} submission={submission} isOpen={index === 0} />)
            )}
          </section>
        ))}
      </div>
    </main>
  );
}
