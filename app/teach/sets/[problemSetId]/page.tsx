import type { Metadata } from "next";
import Link from "next/link";
import { listTeachingCourses } from "@/lib/courses/list-teaching-courses";
import { getProblemSetForEditing } from "@/lib/problem-sets/get-problem-set-for-editing";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { pickableCatalog } from "../../_components/pickable-catalog";
import { ProblemSetEditor } from "../../_components/problem-set-editor";
import { DuplicateDialog } from "./duplicate-dialog";

type Props = { params: Promise<{ problemSetId: string }> };

export const metadata: Metadata = { title: "Edit problem set" };

export default async function EditProblemSetPage({ params }: Props) {
  const { problemSetId } = await params;
  const user = await userOrSignIn(`/teach/sets/${problemSetId}`);
  const set = await orNotFound(() => getProblemSetForEditing({ actor: user, problemSetId }));
  const courses = (await listTeachingCourses({ actor: user })).filter((course) => !course.isAssisting);
  const { catalog, tracks } = pickableCatalog();
  return (
    <main className={`${ui.page} ${ui.wide}`}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link> / <Link href={`/teach/courses/${set.course.id}`}>{set.course.title}</Link>
      </div>
      <div className={ui.header}>
        <div>
          <h1>{set.title}</h1>
          <p>Edit the exercises, dates and rules. Learners see a set once it is published and has opened.</p>
        </div>
        <div className={ui.actions}>
          <Link href={`/teach/sets/${set.id}/preview`} className="button">
            Preview as a learner
          </Link>
          <DuplicateDialog
            problemSetId={set.id}
            title={set.title}
            courseId={set.course.id}
            courses={courses.map((course) => ({ id: course.id, title: course.title }))}
            hasDates={set.opensAt !== null || set.dueAt !== null}
          />
        </div>
      </div>
      <ProblemSetEditor
        courseId={set.course.id}
        set={{
          id: set.id,
          title: set.title,
          description: set.description,
          status: set.status,
          opensAt: set.opensAt?.toISOString() ?? null,
          dueAt: set.dueAt?.toISOString() ?? null,
          revealFailingCase: set.revealFailingCase,
          submitIntervalSeconds: set.submitIntervalSeconds,
          requireRobust: set.requireRobust,
          isExam: set.isExam,
          exerciseSlugs: set.exerciseSlugs,
          itemPoints: set.itemPoints,
          scoring: set.scoring,
          latePolicy: set.latePolicy,
          latePenaltyPercent: set.latePenaltyPercent,
        }}
        catalog={catalog}
        tracks={tracks}
      />
    </main>
  );
}
