import { listAssignedProblemSets } from "./list-assigned-problem-sets";

/** An open set of the learner's that contains an exercise, for the "counts for" note. */
export interface SetWithExercise {
  courseId: string;
  courseTitle: string;
  problemSetId: string;
  problemSetTitle: string;
  dueAt: Date | null;
}

/**
 * The published (not closed), opened sets of the learner's courses that contain an exercise:
 * the public exercise page names them ("counts for Math for ML") and links to the exercise
 * inside each set. Empty for practice. Throws storage_unavailable.
 */
export async function listSetsWithExercise({
  learnerId,
  exerciseSlug,
  now = new Date(),
}: {
  learnerId: string;
  exerciseSlug: string;
  now?: Date;
}): Promise<SetWithExercise[]> {
  const sets = await listAssignedProblemSets({ learnerId, now });
  return sets
    .filter((set) => set.status === "published" && set.exercises.some((exercise) => exercise.slug === exerciseSlug && exercise.isAvailable))
    .map((set) => ({ courseId: set.course.id, courseTitle: set.course.title, problemSetId: set.id, problemSetTitle: set.title, dueAt: set.dueAt }));
}
