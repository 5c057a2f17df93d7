import { AppError } from "../errors";
import { toLearnerView } from "../grading/learner-view";
import type { GradeResult } from "../grading/types";
import { applyFeedbackPolicy } from "../problem-sets/apply-feedback-policy";
import { enforceSubmissionPolicy } from "../problem-sets/enforce-submission-policy";
import { recordSubmission } from "./record-submission";
import { gradeSolution } from "./run-examples";

export interface SubmittedSolution {
  submissionId: string;
  createdAt: Date;
  /** The learner view: hidden inputs removed except the revealed failing case (if the sets allow it). */
  result: GradeResult;
}

/**
 * Submit: grades every test, stores the FULL result (with the progress and the draft, in one
 * transaction), and only then answers. A submission is acknowledged only once it is stored:
 * when storage fails, recordSubmission's storage_unavailable error reaches the learner as a 503
 * and the code stays in their editor.
 *
 * Problem sets of the learner's courses that contain the exercise apply first: a submit within
 * their strictest interval is refused (AppError rate_limited) before grading, and their
 * strictest feedback policy (open exam sets included) may withhold the failing hidden case from
 * the answer. That policy is stored with the submission: its later views follow it for good.
 */
export async function submitSolution({ learnerId, exerciseSlug, code }: { learnerId: string; exerciseSlug: string; code: string }): Promise<SubmittedSolution> {
  const policy = await enforceSubmissionPolicy({ learnerId, exerciseSlug });
  // The interval is checked against stored submissions, so parallel submits would all pass it:
  // under an interval, one submit per learner and exercise may be in flight at a time. (In
  // process memory: enough for the single web server this app runs as.)
  const key = `${learnerId}\u0000${exerciseSlug}`;
  if (policy.minIntervalSeconds > 0) {
    if (inFlight.has(key)) throw new AppError("rate_limited", "This exercise is already being graded for you: wait for its result.");
    inFlight.add(key);
  }
  try {
    const result = await gradeSolution(exerciseSlug, code, "submit", learnerId);
    const stored = await recordSubmission({ learnerId, exerciseSlug, code, result, feedback: policy.feedback });
    return { submissionId: stored.id, createdAt: stored.createdAt, result: applyFeedbackPolicy(toLearnerView(result), policy) };
  } finally {
    if (policy.minIntervalSeconds > 0) inFlight.delete(key);
  }
}

const inFlight = new Set<string>();
