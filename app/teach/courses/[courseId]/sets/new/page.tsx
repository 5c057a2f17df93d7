import { notFound } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { getTeachingCourse } from "@/lib/problem-sets/get-teaching-course";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import ui from "@/app/_components/ui.module.css";
import { pickableCatalog } from "../../../../_components/pickable-catalog";
import { ProblemSetEditor } from "../../../../_components/problem-set-editor";

type Props = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "New problem set" };

export default async function NewProblemSetPage({ params }: Props) {
  const { courseId } = await params;
  const user = await userOrSignIn(`/teach/courses/${courseId}/sets/new`);
  const course = await orNotFound(() => getTeachingCourse({ actor: user, courseId }));
  if (course.viewerRole !== "instructor") notFound(); // TAs never create sets (the API refuses too)
  const { catalog, tracks } = pickableCatalog();
  return (
    <main className={`${ui.page} ${ui.wide}`}>
      <div className={ui.crumbs}>
        <Link href="/teach">Teaching</Link> / <Link href={`/teach/courses/${course.id}`}>{course.title}</Link>
      </div>
      <div className={ui.header}>
        <div>
          <h1>New problem set</h1>
          <p>Pick exercises from the catalog, set the dates and the feedback rules, save it as a draft, then publish it to the course.</p>
        </div>
      </div>
      <ProblemSetEditor courseId={course.id} set={null} catalog={catalog} tracks={tracks} />
    </main>
  );
}
