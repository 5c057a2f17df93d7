import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import { assertCanTeach, type TActor } from "./actor";
import { ZCourseInput, type TCourseInput } from "./course-input";
import { createJoinCode } from "./join-code";
import { parseInput } from "./parse-input";

const MAX_CODE_TRIES = 5;

/**
 * Creates a course owned by the actor (an instructor or admin) with a fresh, unique join code.
 * Throws AppError forbidden (learners), invalid_input, storage_unavailable.
 */
export async function createCourse({ actor, input }: { actor: TActor; input: TCourseInput }): Promise<{ id: string; joinCode: string }> {
  assertCanTeach(actor);
  const { title, description } = parseInput(ZCourseInput, input);
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      // Inside the transaction SQLite serialises writers, so a free code stays free until created.
      for (let attempt = 0; attempt < MAX_CODE_TRIES; attempt++) {
        const joinCode = createJoinCode();
        if (await tx.course.findUnique({ where: { joinCode }, select: { id: true } })) continue;
        return tx.course.create({ data: { title, description, joinCode, ownerId: actor.id }, select: { id: true, joinCode: true } });
      }
      throw new AppError("conflict", "Could not find a free join code. Please try again.");
    }),
  );
}
