import { isRobustSubmission } from "@/lib/grading/is-robust-submission";
import { VERDICT_LABELS } from "@/lib/grading/types";
import type { InstructorSubmission } from "@/lib/gradebook/get-learner-work";
import { LocalTime } from "@/app/_components/local-time";
import ui from "@/app/_components/ui.module.css";
import { CommentForm } from "./comment-form";
import styles from "./learner.module.css";
import { HighlightedCode } from "@/app/_components/highlighted-code";

/** Failed tests listed up front; the full list is one click away. */
const FAILED_SHOWN = 8;

/** One submission for the instructor: verdict, the matched mistake, the stored failing case, every test and the code. */
export function SubmissionDetails({ submission, isOpen, problemSetId }: { submission: InstructorSubmission; isOpen: boolean; problemSetId: string }) {
  const isAccepted = submission.verdict === "accepted";
  const failed = submission.tests.filter((test) => test.status !== "passed");
  return (
    <details className={styles.submission} open={isOpen} data-submission={submission.id}>
      <summary>
        <LocalTime iso={submission.createdAt.toISOString()} />
        <span className={`badge ${isAccepted ? "status-solved" : "badge-hard"}`}>{VERDICT_LABELS[submission.verdict] ?? submission.verdict}</span>
        <span className={`${ui.small} ${ui.muted}`}>
          {submission.passed}/{submission.total} required
          {submission.robustTotal > 0 && ` · robustness ${submission.robustPassed}/${submission.robustTotal}`}
        </span>
        {isRobustSubmission(submission) && <span className="badge status-solved">robust</span>}
        {submission.isLate && <span className="badge badge-medium">late</span>}
        {!submission.isCounted && <span className="badge badge-neutral">practice (after closing)</span>}
        {submission.isOutdated && (
          <span className="badge badge-neutral" data-outdated title="The exercise's tests or reference changed since: a regrade of the set grades it again">
            older exercise version
          </span>
        )}
        {submission.regradedAt && <span className="badge badge-neutral">regraded</span>}
        {submission.comments.length > 0 && (
          <span className={`${ui.small} ${ui.muted}`}>
            {submission.comments.length} {submission.comments.length === 1 ? "comment" : "comments"}
          </span>
        )}
        {submission.mistake && <span className={styles.mistake}>{submission.mistake.title}</span>}
        {submission.robustMistake && (
          <span className={styles.mistake} title="Named by the robustness checks">
            {submission.robustMistake.title} (robustness)
          </span>
        )}
      </summary>
      <div className={styles.body}>
        {submission.message && <p className={ui.small}>{submission.message}</p>}
        {submission.failingCase && (
          <div className={styles.failingCase}>
            <strong>First failing hidden case: {submission.failingCase.testName}</strong>
            {submission.failingCase.keepsState && <p className={ui.small}>Passes when run alone: {submission.failingCase.message}.</p>}
            <dl hidden={submission.failingCase.keepsState}>
              <dt>Input</dt>
              <dd>
                <code>{submission.failingCase.input}</code>
              </dd>
              <dt>Expected</dt>
              <dd>
                <code>{submission.failingCase.expected}</code>
              </dd>
              <dt>Actual</dt>
              <dd>
                <code>{submission.failingCase.actual}</code>
              </dd>
            </dl>
          </div>
        )}
        <HighlightedCode code={submission.code} className={styles.code} />
        {failed.length > 0 && (
          <TestTable
            tests={failed.slice(0, FAILED_SHOWN)}
            caption={
              failed.length > FAILED_SHOWN
                ? `First ${FAILED_SHOWN} of ${failed.length} failed tests (of ${submission.tests.length})`
                : `Failed tests (${failed.length} of ${submission.tests.length})`
            }
          />
        )}
        <details>
          <summary className={`${ui.small} ${ui.muted}`}>All {submission.tests.length} tests</summary>
          <TestTable tests={submission.tests} />
        </details>
        {submission.comments.length > 0 && (
          <ul className={styles.comments} aria-label="Comments">
            {submission.comments.map((comment) => (
              <li key={comment.id}>
                <span className={`${ui.small} ${ui.muted}`}>
                  {comment.authorEmail}, <LocalTime iso={comment.createdAt.toISOString()} />
                </span>
                <p>{comment.body}</p>
              </li>
            ))}
          </ul>
        )}
        <CommentForm problemSetId={problemSetId} submissionId={submission.id} />
      </div>
    </details>
  );
}

function TestTable({ tests, caption }: { tests: InstructorSubmission["tests"]; caption?: string }) {
  return (
    <table className={`${ui.table} ${styles.tests}`}>
      {caption && <caption className={styles.caption}>{caption}</caption>}
      <thead>
        <tr>
          <th>Test</th>
          <th>Kind</th>
          <th>Status</th>
          <th>Message</th>
        </tr>
      </thead>
      <tbody>
        {tests.map((test, index) => (
          <tr key={index} data-test-status={test.status}>
            <td>
              {test.name} {test.tier === "robustness" ? <span className="tag">robustness</span> : test.isHidden && <span className="tag">hidden</span>}
            </td>
            <td className={ui.muted}>{test.kind}</td>
            <td className={test.status === "passed" ? styles.passed : styles.failed}>{test.status}</td>
            <td className={`${ui.small} ${ui.muted}`}>{test.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
