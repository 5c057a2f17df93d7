import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";

export interface LearnerCourseSummary {
  id: string;
  title: string;
  description: string;
  joinedAt: Date;
  /** Published sets that have opened (closed ones not counted). */
  openProblemSetCount: number;
}

/** The courses a learner is in, most recently joined first. Throws storage_unavailable. */
export async function listLearnerCourses({ learnerId, now = new Date() }: { learnerId: string; now?: Date }): Promise<LearnerCourseSummary[]> {
  return withStorageErrors(async () => {
    const rows = await getDb().enrollment.findMany({
      where: { learnerId },
      orderBy: [{ joinedAt: "desc" }, { courseId: "desc" }],
      select: {
        joinedAt: true,
        course: {
          select: {
            id: true,
            title: true,
            description: true,
            _count: { select: { problemSets: { where: { status: "published", OR: [{ opensAt: null }, { opensAt: { lte: now } }] } } } },
          },
        },
      },
    });
    return rows.map(({ joinedAt, course: { _count, ...course } }) => ({ ...course, joinedAt, openProblemSetCount: _count.problemSets }));
  });
}
