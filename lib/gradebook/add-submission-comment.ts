import { z } from "zod";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "../courses/actor";
import { parseInput } from "../courses/parse-input";
import { findStaffProblemSet } from "../problem-sets/find-staff-problem-set";
import { assertEnrolledLearner } from "./assert-enrolled-learner";

export const MAX_COMMENT_LENGTH = 4000;

const ZComment = z.object({
  submissionId: z.string().min(1).max(100),
  body: z.string().trim().min(1, "write a comment").max(MAX_COMMENT_LENGTH, `at most ${MAX_COMMENT_LENGTH} characters`),
});

/**
 * A comment by course staff on a learner's submission to one of the set's exercises; the learner
 * reads it on the submission's page. Only submissions of learners in the set's course, to the
 * set's exercises: staff cannot reach other submissions by guessing ids.
 * Throws AppError forbidden, not_found, invalid_input, storage_unavailable.
 */
export async function addSubmissionComment({ actor, problemSetId, input }: { actor: TActor; problemSetId: string; input: unknown }): Promise<{ id: string }> {
  const { submissionId, body } = parseInput(ZComment, input);
  return withStorageErrors(async () => {
    const db = getDb();
    const set = await findStaffProblemSet(db, actor, problemSetId, "assist");
    const submission = await db.submission.findUnique({ where: { id: submissionId }, select: { learnerId: true, exerciseId: true } });
    const inSet =
      submission &&
      (await db.problemSetItem.findUnique({
        where: { problemSetId_exerciseId: { problemSetId, exerciseId: submission.exerciseId } },
        select: { position: true },
      }));
    if (!submission || !inSet) throw new AppError("not_found", "No such submission in this set.");
    await assertEnrolledLearner(db, { courseId: set.courseId, learnerId: submission.learnerId });
    return db.submissionComment.create({ data: { submissionId, authorId: actor.id, body }, select: { id: true } });
  });
}
