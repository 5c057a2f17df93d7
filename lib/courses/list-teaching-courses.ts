import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { assertCanTeach, type TActor } from "./actor";

export interface TeachingCourseSummary {
  id: string;
  title: string;
  description: string;
  joinCode: string;
  ownerEmail: string;
  isOwn: boolean;
  learnerCount: number;
  problemSetCount: number;
  createdAt: Date;
}

/**
 * The courses the actor manages, newest first: an instructor's own, or every course for an
 * admin (with `isOwn` telling them apart). Throws AppError forbidden (learners), storage_unavailable.
 */
export async function listTeachingCourses({ actor }: { actor: TActor }): Promise<TeachingCourseSummary[]> {
  assertCanTeach(actor);
  return withStorageErrors(async () => {
    const rows = await getDb().course.findMany({
      where: actor.role === "admin" ? {} : { ownerId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        title: true,
        description: true,
        joinCode: true,
        ownerId: true,
        createdAt: true,
        owner: { select: { email: true } },
        _count: { select: { enrollments: true, problemSets: true } },
      },
    });
    return rows.map(({ owner, ownerId, _count, ...course }) => ({
      ...course,
      ownerEmail: owner.email,
      isOwn: ownerId === actor.id,
      learnerCount: _count.enrollments,
      problemSetCount: _count.problemSets,
    }));
  });
}
