import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { TRACKS } from "@/lib/exercises/schema";
import type { PickableExercise } from "@/lib/problem-sets/filter-catalog";

/** What the set editor's picker needs of the catalog (metadata only, in catalog order). */
export function pickableCatalog(): { catalog: PickableExercise[]; tracks: { id: string; title: string }[] } {
  const catalog = getExerciseCatalog().exercises.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    track: meta.track,
    difficulty: meta.difficulty,
    tags: meta.tags,
  }));
  const used = new Set(catalog.map((exercise) => exercise.track));
  return { catalog, tracks: TRACKS.filter((track) => used.has(track.id)).map(({ id, title }) => ({ id, title })) };
}
