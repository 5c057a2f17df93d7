import type { Metadata } from "next";
import Link from "next/link";
import { getCourseGradebook } from "@/lib/gradebook/get-course-gradebook";
import { LocalTime } from "@/app/_components/local-time";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import styles from "../../../sets/[problemSetId]/gradebook/gradebook.module.css";

type Props = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "Course gradebook" };

/** Every learner's score on every published or closed set of a course, and their course total. */
export default async function CourseGradebookPage({ params }: Props) {
  const { courseId } = await params;
  const user = await userOrSignIn(`/teach/courses/${courseId}/gradebook`);
  const gradebook = await orNotFound(() => getCourseGradebook({ actor: user, courseId }));
  return (
    <main className={`${ui.page} ${ui.wide}`}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link> / <Link href={`/teach/courses/${gradebook.course.id}`}>{gradebook.course.title}</Link> /
      </div>
      <div className={ui.header}>
        <div>
          <h1>Course gradebook</h1>
          <p>Each set is scored by its own rules (points, partial credit, late policy, extensions, overrides). Drafts are left out.</p>
        </div>
        <div className={ui.actions}>
          <a href={`/api/teach/courses/${gradebook.course.id}/gradebook/csv`} className="button button-primary" download>
            Download course CSV
          </a>
        </div>
      </div>
      <div className={ui.tableWrap}>
        <table className={`${ui.table} ${styles.matrix}`} aria-label="Course gradebook">
          <thead>
            <tr>
              <th>Learner</th>
              {gradebook.sets.map((set) => (
                <th key={set.id} className={`${ui.num} ${styles.exerciseHead}`}>
                  <Link href={`/teach/sets/${set.id}/gradebook`}>{set.title}</Link>
                  <span className={styles.points}>
                    of {set.maxScore}
                    {set.dueAt && (
                      <>
                        {" "}
                        · due <LocalTime iso={set.dueAt.toISOString()} />
                      </>
                    )}
                  </span>
                </th>
              ))}
              <th className={ui.num}>
                Total <span className={styles.points}>of {gradebook.maxScore}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {gradebook.rows.map((row) => (
              <tr key={row.learnerId} data-learner={row.email}>
                <td>
                  {row.displayName ?? row.email}
                  {row.displayName && <span className={styles.when}>{row.email}</span>}
                </td>
                {row.setScores.map((score, index) => (
                  <td key={gradebook.sets[index].id} className={ui.num} data-set-score={score}>
                    {score}
                  </td>
                ))}
                <td className={ui.num} data-total-score={row.totalScore}>
                  <strong>{row.totalScore}</strong>
                </td>
              </tr>
            ))}
            {gradebook.rows.length === 0 && (
              <tr>
                <td colSpan={gradebook.sets.length + 2} className={ui.empty}>
                  {gradebook.sets.length === 0 ? "No set has been published yet." : "Nobody has joined the course yet."}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </main>
  );
}
