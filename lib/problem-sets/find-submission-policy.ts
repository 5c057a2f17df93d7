import { hasRole, parseRole } from "../auth/roles";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { strictestPolicy, type SubmissionPolicy } from "./submission-policy";

/**
 * The policy for a learner's submit to an exercise: the strictest of
 * - the published, opened sets of the learner's courses that contain it (interval and feedback);
 * - exam mode: every open exam set (published, opened, not closed; past its due date too) that
 *   contains it, in ANY course, withholds the failing case from everyone but staff (instructors
 *   and admins), enrolled or not, signed in or anonymous: a signed-out browser gets no more than
 *   the examinee. Exam sets of other courses impose no interval.
 * A learner's extension pushes an "after_due" reveal to their own due date (when later).
 * Closed sets no longer apply (after closing, the exercise is practice: no limit, full feedback,
 * and the gradebook does not count it); submissions made before keep their stored policy.
 * Throws storage_unavailable.
 */
export async function findSubmissionPolicy({
  learnerId,
  exerciseSlug,
  now = new Date(),
}: {
  learnerId: string;
  exerciseSlug: string;
  now?: Date;
}): Promise<SubmissionPolicy> {
  return withStorageErrors(async () => {
    const db = getDb();
    const [learner, sets] = await Promise.all([
      db.learner.findUnique({ where: { id: learnerId }, select: { user: { select: { role: true } } } }),
      db.problemSet.findMany({
        where: {
          status: "published",
          items: { some: { exercise: { slug: exerciseSlug } } },
          AND: [{ OR: [{ opensAt: null }, { opensAt: { lte: now } }] }, { OR: [{ isExam: true }, { course: { enrollments: { some: { learnerId } } } }] }],
        },
        select: {
          submitIntervalSeconds: true,
          revealFailingCase: true,
          dueAt: true,
          isExam: true,
          extensions: { where: { learnerId }, select: { dueAt: true } },
          course: { select: { enrollments: { where: { learnerId }, select: { learnerId: true } } } },
        },
      }),
    ]);
    const isStaff = learner?.user ? hasRole(parseRole(learner.user.role), "instructor") : false;
    const applicable = sets.flatMap(({ course, isExam, extensions, ...set }) => {
      const isEnrolled = course.enrollments.length > 0;
      const examApplies = isExam && !isStaff;
      // An extension moves "after the due date" to the learner's own due date, never earlier than
      // the set's: the failing case must not reach anyone while classmates are still working.
      const extended = extensions[0]?.dueAt;
      const dueAt = extended && set.dueAt && extended > set.dueAt ? extended : set.dueAt;
      if (isEnrolled) return [{ ...set, dueAt, isExam: examApplies }];
      return examApplies ? [{ submitIntervalSeconds: 0, revealFailingCase: "always", dueAt: null, isExam: true }] : [];
    });
    return strictestPolicy(applicable, now);
  });
}
