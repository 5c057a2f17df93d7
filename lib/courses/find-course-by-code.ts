import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { normalizeJoinCode } from "./join-code";

export interface CoursePreview {
  id: string;
  title: string;
  description: string;
  /** Whether this learner is already in it (false without a learner). */
  isEnrolled: boolean;
}

/**
 * What /join/<code> shows before joining: whoever holds the code may see the course's title and
 * description (nothing else). Null for an unknown or malformed code. Throws storage_unavailable.
 */
export async function findCourseByCode({ code, learnerId }: { code: string; learnerId: string | null }): Promise<CoursePreview | null> {
  const joinCode = normalizeJoinCode(code);
  if (joinCode === null) return null;
  return withStorageErrors(async () => {
    const course = await getDb().course.findUnique({
      where: { joinCode },
      select: { id: true, title: true, description: true, enrollments: { where: { learnerId: learnerId ?? "" }, select: { learnerId: true } } },
    });
    if (!course) return null;
    const { enrollments, ...preview } = course;
    return { ...preview, isEnrolled: learnerId !== null && enrollments.length > 0 };
  });
}
