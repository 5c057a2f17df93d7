import type { Metadata } from "next";
import Link from "next/link";
import { getLearnerCourse } from "@/lib/problem-sets/get-learner-course";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { LeaveButton } from "./leave-button";
import { ProblemSetCard } from "./problem-set-card";

type Props = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "Course" };

/** A course as its learner sees it: open sets first (nearest due date first), then closed ones. */
export default async function LearnerCoursePage({ params }: Props) {
  const { courseId } = await params;
  const user = await userOrSignIn(`/courses/${courseId}`);
  const now = new Date();
  const course = await orNotFound(() => getLearnerCourse({ actor: user, courseId, now }));
  return (
    <main className={ui.page}>
      <div className={ui.crumbs}>
        <Link href="/courses">Your courses</Link> /
      </div>
      <div className={ui.header}>
        <div>
          <h1>{course.title}</h1>
          {course.description && <p style={{ whiteSpace: "pre-line" }}>{course.description}</p>}
        </div>
        <LeaveButton courseId={course.id} title={course.title} />
      </div>
      <section className={ui.section}>
        <h2>Problem sets</h2>
        {course.problemSets.length === 0 ? (
          <p className={ui.empty}>No problem set is open yet.</p>
        ) : (
          <div className={ui.stack}>
            {course.problemSets.map((set) => (
              <ProblemSetCard key={set.id} set={set} now={now} />
            ))}
          </div>
        )}
      </section>
    </main>
  );
}
