import { GraderError } from "../../grader/pool";
import { assertCodeSize } from "../drafts/code-size";
import { AppError } from "../errors";
import { findExercise } from "../exercises/catalog";
import { getGraderPool } from "../grader-pool/get-grader-pool";
import { GradingUnavailableError } from "../grading/grading-unavailable-error";
import { toLearnerView } from "../grading/learner-view";
import type { GradeMode, GradeResult } from "../grading/types";

/**
 * Grades code for one exercise and returns the FULL result (hidden inputs included): callers
 * must pass it through toLearnerView before it leaves the server.
 */
export async function gradeSolution(exerciseSlug: string, code: string, mode: GradeMode): Promise<GradeResult> {
  if (!findExercise(exerciseSlug)) throw new AppError("not_found", `There is no exercise "${exerciseSlug}".`);
  // Checked before grading too: an oversized submission must not occupy a grading process.
  assertCodeSize(code);
  try {
    return await getGraderPool().grade(exerciseSlug, code, mode);
  } catch (error) {
    throw translateGraderError(error, exerciseSlug);
  }
}

/** Run: the visible examples only, as the learner may see them. Nothing is stored. */
export async function runExamples({ exerciseSlug, code }: { exerciseSlug: string; code: string }): Promise<GradeResult> {
  return toLearnerView(await gradeSolution(exerciseSlug, code, "run"));
}

function translateGraderError(error: unknown, exerciseSlug: string): unknown {
  if (!(error instanceof GraderError)) return error;
  switch (error.code) {
    case "busy":
    case "closed":
      return new GradingUnavailableError("The grader is busy right now. Your code is still here: try again in a moment.", error.message);
    case "unknown_exercise":
      return new AppError("not_found", `There is no exercise "${exerciseSlug}".`);
    case "exercise_broken":
      return new GradingUnavailableError(
        "This exercise cannot be graded right now because of a problem with the exercise itself, not with your code.",
        `${exerciseSlug}: ${error.message}`,
      );
    case "internal":
      // Logged with its detail; the learner hears that the fault is ours and their code is safe.
      return new GradingUnavailableError("Grading failed on our side. Your code is still here: try again in a moment.", error.message);
    default:
      return error;
  }
}
