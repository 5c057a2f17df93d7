import type { TActor } from "../courses/actor";
import { AppError } from "../errors";
import type { ItemStanding } from "./item-standing";
import { listAssignedProblemSets, type AssignedProblemSet } from "./list-assigned-problem-sets";

export interface SetExerciseNeighbour {
  slug: string;
  title: string;
}

/** An exercise as one item of an assigned set: where it sits, the set's rules, the learner's standing. */
export interface SetExerciseContext {
  course: { id: string; title: string };
  set: Omit<AssignedProblemSet, "exercises" | "course" | "description">;
  /** 1-based position in the set, and the set's size. */
  position: number;
  total: number;
  previous: SetExerciseNeighbour | null;
  next: SetExerciseNeighbour | null;
  standing: ItemStanding;
  /**
   * Whether submissions made now count for the set: it is published (a closed set takes
   * practice only). This only describes the rule; the gradebook decides from the submissions'
   * times and the set's state, never from the page they were made on.
   */
  counts: boolean;
}

/**
 * One exercise of an assigned set, for the learner's exercise page under
 * /courses/<course>/sets/<set>/exercises/<id>. The set must be assigned to the actor (they are
 * enrolled; it is published or closed and has opened) and contain the exercise (available):
 * anything else is not_found, so the URL reveals nothing. Throws storage_unavailable too.
 */
export async function getSetExerciseContext({
  actor,
  courseId,
  problemSetId,
  exerciseSlug,
  now = new Date(),
}: {
  actor: TActor;
  courseId: string;
  problemSetId: string;
  exerciseSlug: string;
  now?: Date;
}): Promise<SetExerciseContext> {
  const sets = await listAssignedProblemSets({ learnerId: actor.learnerId, courseId, now });
  const found = sets.find((set) => set.id === problemSetId);
  const available = found?.exercises.filter((exercise) => exercise.isAvailable) ?? [];
  const index = available.findIndex((exercise) => exercise.slug === exerciseSlug);
  if (!found || index === -1) throw new AppError("not_found", "No such exercise in your problem sets.");
  const { exercises: _exercises, course, description: _description, ...set } = found;
  const neighbour = (at: number): SetExerciseNeighbour | null => (available[at] ? { slug: available[at].slug, title: available[at].title } : null);
  return {
    course,
    set,
    position: index + 1,
    total: available.length,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    standing: available[index].standing,
    counts: set.status === "published",
  };
}
