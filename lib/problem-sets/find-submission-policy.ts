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
    // The sets alone first: most submits are practice (no set contains the exercise), and then
    // this one query is all (a submit's path is the web server's hottest: `npm run loadtest`).
    const sets = await db.problemSet.findMany({
      where: {
        status: "published",
        items: { some: { exercise: { slug: exerciseSlug } } },
        AND: [{ OR: [{ opensAt: null }, { opensAt: { lte: now } }] }, { OR: [{ isExam: true }, { course: { enrollments: { some: { learnerId } } } }] }],
      },
      select: { id: true, courseId: true, submitIntervalSeconds: true, revealFailingCase: true, dueAt: true, isExam: true },
    });
    if (sets.length === 0) return strictestPolicy([], now);
    const [learner, extensions, enrollments] = await Promise.all([
      // The role matters for exam sets only (staff are exempt).
      sets.some((set) => set.isExam) ? db.learner.findUnique({ where: { id: learnerId }, select: { user: { select: { role: true } } } }) : null,
      db.dueDateExtension.findMany({ where: { learnerId, problemSetId: { in: sets.map((set) => set.id) } }, select: { problemSetId: true, dueAt: true } }),
      db.enrollment.findMany({ where: { learnerId, courseId: { in: [...new Set(sets.map((set) => set.courseId))] } }, select: { courseId: true } }),
    ]);
    const isStaff = learner?.user ? hasRole(parseRole(learner.user.role), "instructor") : false;
    const enrolledIn = new Set(enrollments.map((enrollment) => enrollment.courseId));
    const applicable = sets.flatMap(({ id, courseId, isExam, ...set }) => {
      const isEnrolled = enrolledIn.has(courseId);
      const examApplies = isExam && !isStaff;
      // An extension moves "after the due date" to the learner's own due date, never earlier than
      // the set's: the failing case must not reach anyone while classmates are still working.
      const extended = extensions.find((extension) => extension.problemSetId === id)?.dueAt;
      const dueAt = extended && set.dueAt && extended > set.dueAt ? extended : set.dueAt;
      if (isEnrolled) return [{ ...set, dueAt, isExam: examApplies }];
      return examApplies ? [{ submitIntervalSeconds: 0, revealFailingCase: "always", dueAt: null, isExam: true }] : [];
    });
    return strictestPolicy(applicable, now);
  });
}
