import type { Metadata } from "next";
import Link from "next/link";
import { canTeach } from "@/lib/courses/actor";
import { listLearnerCourses } from "@/lib/courses/list-learner-courses";
import { LocalTime } from "@/app/_components/local-time";
import { userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Your courses" };

/** The signed-in learner's courses, and joining one by code. */
export default async function CoursesPage() {
  const user = await userOrSignIn("/courses");
  const courses = await listLearnerCourses({ learnerId: user.learnerId });
  return (
    <main className={ui.page}>
      <div className={ui.header}>
        <div>
          <h1>Your courses</h1>
          <p>Problem sets from your instructors, with due dates and your progress on each exercise.</p>
        </div>
        {canTeach(user) && (
          <Link href="/teach" className="button">
            Teaching →
          </Link>
        )}
      </div>
      <section className={ui.card} aria-labelledby="join-title">
        <h3 id="join-title">Join a course</h3>
        <p className={`${ui.muted} ${ui.small}`} style={{ margin: "0 0 10px" }}>
          Type the code your instructor gave you, or open their join link.
        </p>
        <JoinForm />
      </section>
      <section className={ui.section}>
        <h2>Courses you are in</h2>
        {courses.length === 0 ? (
          <p className={ui.empty}>You are not in any course yet.</p>
        ) : (
          <div className={ui.cards}>
            {courses.map((course) => (
              <Link key={course.id} href={`/courses/${course.id}`} className={`${ui.card} ${ui.cardLink}`}>
                <h3>{course.title}</h3>
                {course.description && <p className={`${ui.muted} ${ui.small}`}>{excerpt(course.description)}</p>}
                <div className={ui.meta}>
                  <span>
                    {course.openProblemSetCount} open {course.openProblemSetCount === 1 ? "set" : "sets"}
                  </span>
                  <span>
                    joined <LocalTime iso={course.joinedAt.toISOString()} format="date" />
                  </span>
                </div>
              </Link>
            ))}
          </div>
        )}
      </section>
    </main>
  );
}

function excerpt(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
