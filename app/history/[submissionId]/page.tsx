import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { findExercise } from "@/lib/exercises/catalog";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { findOwnRegradeTime } from "@/lib/submissions/find-own-regrade-time";
import { listOwnSubmissionComments, type SubmissionCommentView } from "@/lib/submissions/list-own-submission-comments";
import type { LearnerSubmission } from "@/lib/submissions/submission-view";
import { viewOwnSubmission } from "@/lib/submissions/view-own-submission";
import { LocalTime } from "@/app/_components/local-time";
import { ResultsPanel } from "../../exercises/[id]/_components/results-panel";
import styles from "../history.module.css";
import "../../exercises/[id]/exercise.css";
import "../../exercises/[id]/results.css";
import { HighlightedCode } from "@/app/_components/highlighted-code";

export const metadata: Metadata = { title: "Submission" };

type Props = { params: Promise<{ submissionId: string }> };

/** One of this learner's submissions: its code and its results as the exercise page shows them. */
export default async function SubmissionPage({ params }: Props) {
  const { submissionId } = await params;
  const { submission, comments, regradedAt } = await load(submissionId);
  const exercise = findExercise(submission.result.exerciseId);
  const title = exercise?.meta.title ?? submission.result.exerciseId;

  return (
    <main className={styles.page}>
      <p className={styles.back}>
        <Link href="/history">← Submission history</Link>
      </p>
      <header className={styles.detailHeader}>
        <div>
          <h1>{title}</h1>
          <p className={styles.lead}>
            Submitted <LocalTime iso={submission.createdAt} format="dateTimeWithYear" />
          </p>
        </div>
        {exercise && (
          <Link href={`/exercises/${exercise.meta.id}?submission=${encodeURIComponent(submission.id)}`} className="button button-primary">
            Reopen in editor
          </Link>
        )}
      </header>
      {regradedAt && (
        <p className={styles.regraded} data-regraded>
          Regraded <LocalTime iso={regradedAt.toISOString()} />: the exercise&apos;s tests changed after you submitted, so this result is from grading your code
          again against the current version.
        </p>
      )}
      {comments.length > 0 && (
        <section aria-labelledby="comments-title" className={styles.comments}>
          <h2 id="comments-title">Comments from your instructor</h2>
          <ul>
            {comments.map((comment) => (
              <li key={comment.id} data-comment>
                <span className={styles.commentMeta}>
                  {comment.authorEmail}, <LocalTime iso={comment.createdAt.toISOString()} />
                </span>
                <p>{comment.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className={styles.detail}>
        <section aria-labelledby="code-title" className={styles.panel}>
          <h2 id="code-title">Code</h2>
          <HighlightedCode code={submission.code} className={styles.code} />
        </section>
        <section aria-labelledby="results-title" className={styles.panel}>
          <h2 id="results-title">Results</h2>
          <ResultsPanel shown={{ source: "submit", result: submission.result }} exampleCount={exercise?.examples.length ?? 0} />
        </section>
      </div>
    </main>
  );
}

/** The learner's own submission and the staff's comments on it; anyone else's (or an unknown id) is a plain 404. */
async function load(submissionId: string): Promise<{ submission: LearnerSubmission; comments: SubmissionCommentView[]; regradedAt: Date | null }> {
  const learner = await findCurrentLearner();
  if (!learner) notFound();
  try {
    const submission = await viewOwnSubmission({ learnerId: learner.id, submissionId });
    const [comments, regradedAt] = await Promise.all([
      listOwnSubmissionComments({ learnerId: learner.id, submissionId }),
      findOwnRegradeTime({ learnerId: learner.id, submissionId }),
    ]);
    return { submission, comments, regradedAt };
  } catch (error) {
    if (isAppError(error, "not_found")) notFound();
    throw error;
  }
}
