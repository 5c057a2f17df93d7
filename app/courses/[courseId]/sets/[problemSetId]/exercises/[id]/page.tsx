import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findExercise } from "@/lib/exercises/catalog";
import { getSetExerciseContext } from "@/lib/problem-sets/get-set-exercise-context";
import { orNotFound, userOrSignIn } from "@/app/_components/page-access";
import { ExerciseView } from "@/app/exercises/[id]/_components/exercise-view";
import { loadWorkspaceData } from "@/app/exercises/[id]/_components/load-workspace-data";
import { SetContextBar } from "@/app/exercises/[id]/_components/set-context-bar";
import { setExerciseHref } from "@/app/exercises/[id]/_components/set-exercise-href";

type Props = { params: Promise<{ courseId: string; problemSetId: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = findExercise((await params).id);
  return { title: exercise ? exercise.meta.title : "Exercise not found" };
}

/**
 * An exercise opened from one of the learner's problem sets. Submissions go to the same API as
 * on the public page: whether they count for the set is decided on the server from the
 * learner's sets and the submission's time, never from this URL.
 */
export default async function SetExercisePage({ params }: Props) {
  const { courseId, problemSetId, id } = await params;
  const user = await userOrSignIn(setExerciseHref(courseId, problemSetId, id));
  const exercise = findExercise(id);
  if (!exercise) notFound();
  const now = new Date();
  const context = await orNotFound(() => getSetExerciseContext({ actor: user, courseId, problemSetId, exerciseSlug: exercise.meta.id, now }));
  const data = await loadWorkspaceData(exercise.meta.id);
  const next = context.next && { href: setExerciseHref(courseId, problemSetId, context.next.slug), title: context.next.title };
  return (
    <ExerciseView
      exercise={exercise}
      data={data}
      context={<SetContextBar context={context} now={now} />}
      setContext={{
        next,
        setHref: `/courses/${encodeURIComponent(courseId)}#set-${problemSetId}`,
        setTitle: context.set.title,
        rules: context.counts ? context.set : null,
      }}
    />
  );
}
