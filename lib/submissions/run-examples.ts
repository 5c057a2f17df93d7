import { GraderError } from "../../grader/pool";
import { assertCodeSize } from "../drafts/code-size";
import { AppError } from "../errors";
import { findExercise } from "../exercises/catalog";
import { getGraderPool } from "../grader-pool/get-grader-pool";
import { GradingUnavailableError } from "../grading/grading-unavailable-error";
import { toLearnerView } from "../grading/learner-view";
import type { GradeMode, GradeResult } from "../grading/types";
import { reserveRun } from "./reserve-run";

/**
 * Grades code for one exercise and returns the FULL result (hidden inputs included): callers
 * must pass it through toLearnerView before it leaves the server. `owner` (a learner id or an
 * address) is whose turn it is in the grading queue's round-robin.
 */
export async function gradeSolution(exerciseSlug: string, code: string, mode: GradeMode, owner = ""): Promise<GradeResult> {
  if (!findExercise(exerciseSlug)) throw new AppError("not_found", `There is no exercise "${exerciseSlug}".`);
  // Checked before grading too: an oversized submission must not occupy a grading process.
  assertCodeSize(code);
  try {
    return await getGraderPool().grade(exerciseSlug, code, mode, { owner });
  } catch (error) {
    throw translateGraderError(error, exerciseSlug);
  }
}

/**
 * Run: the visible examples only, as the learner may see them. Nothing is stored. Limited per
 * caller (reserveRun: 429 with Retry-After) before it takes a place in the queue.
 */
export async function runExamples({
  exerciseSlug,
  code,
  caller,
}: {
  exerciseSlug: string;
  code: string;
  caller: { learnerKey: string | null; address: string };
}): Promise<GradeResult> {
  if (!findExercise(exerciseSlug)) throw new AppError("not_found", `There is no exercise "${exerciseSlug}".`);
  assertCodeSize(code);
  reserveRun(caller);
  return toLearnerView(await gradeSolution(exerciseSlug, code, "run", caller.learnerKey ?? `address:${caller.address}`));
}

function translateGraderError(error: unknown, exerciseSlug: string): unknown {
  if (!(error instanceof GraderError)) return error;
  switch (error.code) {
    case "busy": {
      const wait = error.retryAfterSeconds ?? 5;
      return new GradingUnavailableError(`The grader is busy right now. Your code is still here: try again in ${wait} s.`, error.message, wait);
    }
    case "closed":
      return new GradingUnavailableError("The grader is restarting. Your code is still here: try again in a moment.", error.message, 5);
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
