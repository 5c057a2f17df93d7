import { findExercise } from "../exercises/catalog";
import { toLearnerView } from "../grading/learner-view";
import type { GradeResult } from "../grading/types";
import type { SubmissionDetail } from "./get-submission";

export interface LearnerSubmission {
  id: string;
  code: string;
  createdAt: string;
  result: GradeResult;
}

/**
 * A stored submission as its learner may see it. The database keeps the full messages of
 * hidden tests; rebuilding a GradeResult and passing it through toLearnerView applies the same
 * hiding as a fresh submit. The matched mistake's title and hint come from exercise.json
 * (public prose); the mistake's code never leaves the server.
 */
export function toLearnerSubmission(detail: SubmissionDetail): LearnerSubmission {
  const mistakes = findExercise(detail.exerciseSlug)?.meta.mistakes ?? [];
  const mistakeMeta = mistakes.find((mistake) => mistake.id === detail.matchedMistakeId);
  const robustMistake = mistakes.find((mistake) => mistake.id === detail.robustMistakeId);
  const result: GradeResult = {
    exerciseId: detail.exerciseSlug,
    mode: "submit",
    verdict: detail.verdict,
    passed: detail.passed,
    total: detail.total,
    notRun: 0,
    durationMs: detail.durationMs,
    message: detail.message,
    tests: detail.tests.map((test) => ({
      name: test.name,
      kind: test.kind,
      tier: test.tier,
      hidden: test.isHidden,
      status: test.status,
      message: test.message,
    })),
    ...(detail.failingCase ? { failingCase: detail.failingCase } : {}),
    ...(mistakeMeta ? { mistake: { id: mistakeMeta.id, title: mistakeMeta.title, hint: mistakeMeta.hint } } : {}),
    robustness: {
      passed: detail.robustPassed,
      total: detail.robustTotal,
      ...(robustMistake ? { mistake: { id: robustMistake.id, title: robustMistake.title, hint: robustMistake.hint } } : {}),
    },
  };
  return { id: detail.id, code: detail.code, createdAt: detail.createdAt.toISOString(), result: toLearnerView(result) };
}
