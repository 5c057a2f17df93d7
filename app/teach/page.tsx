import type { Metadata } from "next";
import Link from "next/link";
import { canTeach } from "@/lib/courses/actor";
import { formatJoinCode } from "@/lib/courses/join-code";
import { isAppError } from "@/lib/errors";
import { listTeachingCourses } from "@/lib/courses/list-teaching-courses";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { CourseForm } from "./_components/course-form";

export const metadata: Metadata = { title: "Teaching" };

/** An instructor's courses (an admin's: every course) and a form for a new one. */
export default async function TeachPage() {
  const user = await userOrSignIn("/teach");
  // A learner account is staff only as a TA: with no course to assist, it is told how to teach.
  const courses = await orNotFound(() =>
    listTeachingCourses({ actor: user }).catch((error: unknown) => {
      if (!canTeach(user) && isAppError(error, "forbidden")) return null;
      throw error;
    }),
  );
  if (courses === null) return <NotAnInstructor email={user.email} />;
  return (
    <main className={ui.page}>
      <div className={ui.header}>
        <div>
          <h1>Teaching</h1>
          <p>Your courses: share a join code, assign problem sets from the catalog, and follow the class in the gradebook.</p>
        </div>
      </div>
      <section className={ui.section}>
        <h2>{user.role === "admin" ? "All courses" : "Your courses"}</h2>
        {courses.length === 0 ? (
          <p className={ui.empty}>No course yet: create the first one below.</p>
        ) : (
          <div className={ui.cards}>
            {courses.map((course) => (
              <Link key={course.id} href={`/teach/courses/${course.id}`} className={`${ui.card} ${ui.cardLink}`} data-course={course.id}>
                <h3>{course.title}</h3>
                <div className={ui.meta}>
                  <span>
                    {course.learnerCount} {course.learnerCount === 1 ? "learner" : "learners"}
                  </span>
                  <span>
                    {course.problemSetCount} {course.problemSetCount === 1 ? "problem set" : "problem sets"}
                  </span>
                  <code>{formatJoinCode(course.joinCode)}</code>
                  {!course.isOwn && <span>by {course.ownerEmail}</span>}
                  {course.isAssisting && <span>teaching assistant</span>}
                </div>
              </Link>
            ))}
          </div>
        )}
      </section>
      {canTeach(user) && (
        <section className={ui.section} aria-labelledby="new-course">
          <h2 id="new-course">New course</h2>
          <div className={ui.card} style={{ maxWidth: 640 }}>
            <CourseForm />
          </div>
        </section>
      )}
    </main>
  );
}

/** A learner who opens /teach: what teaching needs, instead of a bare "not found". */
function NotAnInstructor({ email }: { email: string }) {
  return (
    <main className={ui.page} style={{ maxWidth: 720 }}>
      <h1>Teaching</h1>
      <div className={ui.card} data-testid="not-an-instructor">
        <p style={{ marginTop: 0 }}>
          Your account <strong>{email}</strong> is a learner account. Creating courses and problem sets needs an instructor account.
        </p>
        <p>
          Ask an admin of this site to make you an instructor: they open <em>Admin → Accounts</em>, set your role to “instructor” and save. The Teach link then
          appears in the header on your next page load; you do not need to sign in again.
        </p>
        <p style={{ marginBottom: 0 }}>
          To take part in a course as a learner, use its join code on <Link href="/courses">Your courses</Link>.
        </p>
      </div>
    </main>
  );
}
