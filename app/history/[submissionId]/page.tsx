import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { findExercise } from "@/lib/exercises/catalog";
import { findCurrentLearner } from "@/lib/http/current-learner";
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
  const submission = await load(submissionId);
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

/** The learner's own submission; anyone else's (or an unknown id) is a plain 404. */
async function load(submissionId: string): Promise<LearnerSubmission> {
  const learner = await findCurrentLearner();
  if (!learner) notFound();
  try {
    return await viewOwnSubmission({ learnerId: learner.id, submissionId });
  } catch (error) {
    if (isAppError(error, "not_found")) notFound();
    throw error;
  }
}
