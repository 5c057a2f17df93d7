import type { Metadata } from "next";
import Link from "next/link";
import { getTeachingCourse } from "@/lib/problem-sets/get-teaching-course";
import { formatJoinCode } from "@/lib/courses/join-code";
import { LocalTime } from "@/app/_components/local-time";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { ProblemSetStatusBadge } from "../../_components/problem-set-status-badge";
import { AssistantsPanel } from "./assistants-panel";
import { CourseDetails } from "./course-details";
import { JoinPanel } from "./join-panel";
import { RemoveLearnerButton } from "./remove-learner-button";
import { RosterImport } from "./roster-import";

type Props = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "Manage course" };

/** A course for its instructor: join code and link, problem sets, roster. */
export default async function ManageCoursePage({ params }: Props) {
  const { courseId } = await params;
  const user = await userOrSignIn(`/teach/courses/${courseId}`);
  const course = await orNotFound(() => getTeachingCourse({ actor: user, courseId }));
  // A TA sees the course read-only: no edit controls (the API refuses those actions too).
  const canManage = course.viewerRole === "instructor";
  return (
    <main className={ui.page}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link>
      </div>
      <CourseDetails course={course} canEdit={canManage} />
      <JoinPanel code={course.joinCode} formatted={formatJoinCode(course.joinCode)} />

      <section className={ui.section} aria-labelledby="sets">
        <div className={ui.sectionTitle}>
          <h2 id="sets">Problem sets</h2>
          <span className={ui.inline}>
            <Link href={`/teach/courses/${course.id}/gradebook`} className="button">
              Course gradebook
            </Link>
            {canManage && (
              <Link href={`/teach/courses/${course.id}/sets/new`} className="button button-primary">
                New problem set
              </Link>
            )}
          </span>
        </div>
        {course.problemSets.length === 0 ? (
          <p className={ui.empty}>No problem set yet.</p>
        ) : (
          <div className={ui.tableWrap} tabIndex={0}>
            <table className={ui.table}>
              <thead>
                <tr>
                  <th>Title</th>
                  <th>Status</th>
                  <th>Opens</th>
                  <th>Due</th>
                  <th className={ui.num}>Exercises</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {course.problemSets.map((set) => (
                  <tr key={set.id} data-problem-set={set.id}>
                    <td>{canManage ? <Link href={`/teach/sets/${set.id}`}>{set.title}</Link> : set.title}</td>
                    <td>
                      <ProblemSetStatusBadge status={set.status} />
                    </td>
                    <td className={ui.small}>
                      {set.opensAt ? <LocalTime iso={set.opensAt.toISOString()} /> : <span className={ui.muted}>on publishing</span>}
                    </td>
                    <td className={ui.small}>{set.dueAt ? <LocalTime iso={set.dueAt.toISOString()} /> : <span className={ui.muted}>none</span>}</td>
                    <td className={ui.num}>{set.exerciseCount}</td>
                    <td>
                      <span className={ui.inline} style={{ justifyContent: "flex-end" }}>
                        {canManage && <Link href={`/teach/sets/${set.id}`}>Edit</Link>}
                        <Link href={`/teach/sets/${set.id}/preview`}>Preview</Link>
                        <Link href={`/teach/sets/${set.id}/gradebook`}>Gradebook</Link>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className={ui.section} aria-labelledby="roster">
        <h2 id="roster">
          Learners <span>{course.learners.length}</span>
        </h2>
        {course.learners.length === 0 ? (
          <p className={ui.empty}>Nobody has joined yet: share the code or the link above.</p>
        ) : (
          <div className={ui.tableWrap} tabIndex={0}>
            <table className={ui.table}>
              <thead>
                <tr>
                  <th>Learner</th>
                  <th>Name</th>
                  <th>Student id</th>
                  <th>Joined</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {course.learners.map((learner) => (
                  <tr key={learner.learnerId}>
                    <td>{learner.email}</td>
                    <td>{learner.displayName ?? <span className={ui.muted}>–</span>}</td>
                    <td>{learner.studentId ?? <span className={ui.muted}>–</span>}</td>
                    <td className={ui.small}>
                      <LocalTime iso={learner.joinedAt.toISOString()} />
                    </td>
                    <td style={{ textAlign: "right" }}>
                      {canManage && <RemoveLearnerButton courseId={course.id} learnerId={learner.learnerId} email={learner.email} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canManage && (
        <section className={ui.section} aria-labelledby="roster-import">
          <h2 id="roster-import">Import names and student ids</h2>
          <div className={ui.card}>
            <RosterImport courseId={course.id} />
          </div>
        </section>
      )}

      <section className={ui.section} aria-labelledby="staff">
        <h2 id="staff">
          Teaching assistants <span>{course.assistants.length}</span>
        </h2>
        <AssistantsPanel courseId={course.id} assistants={course.assistants} canManage={canManage} />
      </section>
    </main>
  );
}
