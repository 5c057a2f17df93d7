import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findExercise } from "@/lib/exercises/catalog";
import { ExerciseView } from "./_components/exercise-view";
import { loadWorkspaceData } from "./_components/load-workspace-data";
import { PracticeNote } from "./_components/practice-note";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = findExercise((await params).id);
  return { title: exercise ? exercise.meta.title : "Exercise not found" };
}

/** An exercise from the public catalog: it says whether work here counts for one of the learner's courses. */
export default async function ExercisePage({ params }: Props) {
  const { id } = await params;
  const exercise = findExercise(id);
  if (!exercise) notFound();
  const data = await loadWorkspaceData(exercise.meta.id);
  return <ExerciseView exercise={exercise} data={data} context={<PracticeNote sets={data.sets} exerciseSlug={exercise.meta.id} />} />;
}
