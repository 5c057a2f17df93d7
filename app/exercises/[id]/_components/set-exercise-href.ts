/** The page of an exercise inside a set: /courses/<course>/sets/<set>/exercises/<id>. */
export function setExerciseHref(courseId: string, problemSetId: string, exerciseSlug: string): string {
  return `/courses/${encodeURIComponent(courseId)}/sets/${encodeURIComponent(problemSetId)}/exercises/${encodeURIComponent(exerciseSlug)}`;
}
