import type { TActor } from "../courses/actor";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { findStaffCourse } from "../courses/find-staff-course";
import type { TStaffRole } from "../courses/staff-access";
import type { TProblemSetStatus } from "./problem-set-input";

export interface TeachingCourse {
  id: string;
  title: string;
  description: string;
  joinCode: string;
  ownerEmail: string;
  createdAt: Date;
  learners: { learnerId: string; email: string; displayName: string | null; studentId: string | null; joinedAt: Date }[];
  /** Teaching assistants (CourseStaff role "ta"), by email. */
  assistants: { userId: string; email: string; displayName: string | null; addedAt: Date }[];
  /** The viewer's place on the staff: a "ta" sees the course read-only. */
  viewerRole: TStaffRole;
  problemSets: { id: string; title: string; status: TProblemSetStatus; opensAt: Date | null; dueAt: Date | null; exerciseCount: number }[];
}

/**
 * A course as its staff sees it: roster (by email, with names and student ids), teaching
 * assistants and problem sets (newest first). TAs may read it; `viewerRole` tells the page.
 * Throws AppError forbidden (learners), not_found (missing or someone else's course), storage_unavailable.
 */
export async function getTeachingCourse({ actor, courseId }: { actor: TActor; courseId: string }): Promise<TeachingCourse> {
  return withStorageErrors(async () => {
    const db = getDb();
    const { staffRole } = await findStaffCourse(db, actor, courseId, "view");
    const course = await db.course.findUniqueOrThrow({
      where: { id: courseId },
      select: {
        id: true,
        title: true,
        description: true,
        joinCode: true,
        createdAt: true,
        owner: { select: { email: true } },
        enrollments: {
          orderBy: { joinedAt: "asc" },
          select: { learnerId: true, joinedAt: true, learner: { select: { user: { select: { email: true, displayName: true, studentId: true } } } } },
        },
        staff: {
          orderBy: { addedAt: "asc" },
          select: { userId: true, addedAt: true, user: { select: { email: true, displayName: true } } },
        },
        problemSets: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, title: true, status: true, opensAt: true, dueAt: true, _count: { select: { items: true } } },
        },
      },
    });
    const { owner, enrollments, problemSets, staff, ...rest } = course;
    return {
      ...rest,
      ownerEmail: owner.email,
      learners: enrollments.map((row) => ({
        learnerId: row.learnerId,
        email: row.learner.user?.email ?? "(no account)",
        displayName: row.learner.user?.displayName ?? null,
        studentId: row.learner.user?.studentId ?? null,
        joinedAt: row.joinedAt,
      })),
      assistants: staff.map((row) => ({ userId: row.userId, email: row.user.email, displayName: row.user.displayName, addedAt: row.addedAt })),
      viewerRole: staffRole,
      problemSets: problemSets.map(({ _count, ...set }) => ({ ...set, status: set.status as TProblemSetStatus, exerciseCount: _count.items })),
    };
  });
}
