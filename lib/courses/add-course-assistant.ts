import { z } from "zod";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "./actor";
import { findOwnedCourse } from "./find-owned-course";
import { parseInput } from "./parse-input";

const ZAssistant = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "must be an email address" })),
});

/**
 * Makes an existing account a teaching assistant of the course (owner or admin; TAs cannot add
 * members). A TA views gradebooks, comments and grants extensions, and nothing else. Adding
 * someone twice is a no-op. Throws AppError invalid_input (bad email, the owner), not_found
 * (course, or no account with that email: they must sign up first), forbidden, storage_unavailable.
 */
export async function addCourseAssistant({
  actor,
  courseId,
  input,
}: {
  actor: TActor;
  courseId: string;
  input: unknown;
}): Promise<{ userId: string; email: string }> {
  const { email } = parseInput(ZAssistant, input);
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      const course = await findOwnedCourse(tx, actor, courseId);
      const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
      if (!user) throw new AppError("not_found", `No account uses ${email}: ask them to sign up first.`);
      if (user.id === course.ownerId) throw new AppError("invalid_input", "The course's instructor is already on its staff.");
      await tx.courseStaff.upsert({
        where: { courseId_userId: { courseId, userId: user.id } },
        create: { courseId, userId: user.id, role: "ta" },
        update: {},
        select: { userId: true },
      });
      return { userId: user.id, email: user.email };
    }),
  );
}
