import type { Metadata } from "next";
import Link from "next/link";
import { formatJoinCode } from "@/lib/courses/join-code";
import { canTeach } from "@/lib/courses/actor";
import { listTeachingCourses } from "@/lib/courses/list-teaching-courses";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { CourseForm } from "./_components/course-form";

export const metadata: Metadata = { title: "Teaching" };

/** An instructor's courses (an admin's: every course) and a form for a new one. */
export default async function TeachPage() {
  const user = await userOrSignIn("/teach");
  const courses = await orNotFound(() => listTeachingCourses({ actor: user }));
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
