import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Staff act only on learners of their course: anyone else is not_found (ids cannot be probed). */
export async function assertEnrolledLearner(db: Pick<Db, "enrollment">, { courseId, learnerId }: { courseId: string; learnerId: string }): Promise<void> {
  const enrollment = await db.enrollment.findUnique({ where: { courseId_learnerId: { courseId, learnerId } }, select: { learnerId: true } });
  if (!enrollment) throw new AppError("not_found", "This learner is not in the course.");
}
