import type { GradeResult } from "../grading/types";

/**
 * Applies a feedback policy (a submit's, or the one stored with a submission) to a learner view (the output of toLearnerView, never the full
 * result). When failing cases are not revealed, the failing hidden case goes; hidden tests keep
 * their name, status and toLearnerView's generic message ("wrong answer"), and lose any input,
 * expected or actual value (defence in depth: the learner view has none). The stored submission
 * keeps everything for the instructor.
 */
export function applyFeedbackPolicy<T extends Pick<GradeResult, "tests" | "failingCase">>(view: T, policy: { isFailingCaseRevealed: boolean }): T {
  if (policy.isFailingCaseRevealed) return view;
  const { failingCase: _withheld, ...rest } = view;
  return {
    ...rest,
    tests: view.tests.map((test) =>
      test.hidden
        ? {
            name: test.name,
            kind: test.kind,
            tier: test.tier,
            hidden: true,
            status: test.status,
            // Robustness checks are shown whole elsewhere; under this policy they go generic too.
            message: test.tier === "robustness" && test.status !== "passed" ? "failed" : test.message,
          }
        : test,
    ),
  } as T;
}
