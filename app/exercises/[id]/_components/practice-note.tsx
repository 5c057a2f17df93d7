import Link from "next/link";
import type { SetWithExercise } from "@/lib/problem-sets/list-sets-with-exercise";
import { setExerciseHref } from "./set-exercise-href";

/**
 * On the public exercise page: whether work here counts for one of the learner's courses
 * (it does, wherever it is submitted: the server decides from the learner's sets) or is practice.
 */
export function PracticeNote({ sets, exerciseSlug }: { sets: SetWithExercise[]; exerciseSlug: string }) {
  if (sets.length === 0) {
    return (
      <p className="set-context-counts practice" data-testid="practice-note">
        <strong>Practice.</strong> This exercise is in none of your open problem sets.
      </p>
    );
  }
  return (
    <p className="set-context-counts counts" data-testid="practice-note">
      <strong>
        Counts for{" "}
        {sets
          .map((set) => set.courseTitle)
          .filter(unique)
          .join(", ")}
        .
      </strong>{" "}
      {sets.map((set, index) => (
        <span key={set.problemSetId}>
          {index > 0 && " · "}
          <Link href={setExerciseHref(set.courseId, set.problemSetId, exerciseSlug)}>Open it in “{set.problemSetTitle}”</Link>
        </span>
      ))}
    </p>
  );
}

function unique(value: string, index: number, all: string[]): boolean {
  return all.indexOf(value) === index;
}
