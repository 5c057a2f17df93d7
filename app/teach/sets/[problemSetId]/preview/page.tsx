import type { Metadata } from "next";
import Link from "next/link";
import { previewProblemSet } from "@/lib/problem-sets/preview-problem-set";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { ProblemSetCard } from "@/app/courses/[courseId]/problem-set-card";

type Props = { params: Promise<{ problemSetId: string }> };

export const metadata: Metadata = { title: "Preview as a learner" };

const VISIBILITY = {
  draft: "Learners do not see this draft yet: it appears like this once published and opened.",
  published: "Learners of the course see this set like this once it has opened.",
  closed: "Learners see this closed set like this: later submissions are practice.",
} as const;

/** A set as its learners see it on their course page, for its staff: open any exercise from here without the gradebook. */
export default async function PreviewProblemSetPage({ params }: Props) {
  const { problemSetId } = await params;
  const user = await userOrSignIn(`/teach/sets/${problemSetId}/preview`);
  const now = new Date();
  const { set, status, viewerRole } = await orNotFound(() => previewProblemSet({ actor: user, problemSetId, now }));
  return (
    <main className={ui.page}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link> / <Link href={`/teach/courses/${set.course.id}`}>{set.course.title}</Link> /
      </div>
      <div className={ui.header}>
        <div>
          <h1>Preview: {set.title}</h1>
          <p>
            {VISIBILITY[status]} The standings are your own: an exercise you open here is the learner&apos;s page, and your submissions are graded like theirs
            but never appear in the gradebook.
          </p>
        </div>
        <div className={ui.actions}>
          {viewerRole === "instructor" && (
            <Link href={`/teach/sets/${set.id}`} className="button">
              Edit set
            </Link>
          )}
          {status !== "draft" && (
            <Link href={`/teach/sets/${set.id}/gradebook`} className="button">
              Gradebook
            </Link>
          )}
        </div>
      </div>
      <ProblemSetCard set={set} now={now} />
    </main>
  );
}
