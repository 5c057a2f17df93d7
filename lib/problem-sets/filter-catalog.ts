/** The catalog fields the set editor's picker filters on (plain data: this runs in the browser). */
export interface PickableExercise {
  id: string;
  title: string;
  track: string;
  difficulty: string;
  tags: string[];
}

export interface CatalogFilter {
  track?: string;
  difficulty?: string;
  tag?: string;
  /** Matched against the title and the id, case-insensitively. */
  query?: string;
}

/** The exercises matching every given criterion, in catalog order. */
export function filterCatalog<T extends PickableExercise>(exercises: T[], filter: CatalogFilter): T[] {
  const query = filter.query?.trim().toLowerCase() ?? "";
  return exercises.filter(
    (exercise) =>
      (!filter.track || exercise.track === filter.track) &&
      (!filter.difficulty || exercise.difficulty === filter.difficulty) &&
      (!filter.tag || exercise.tags.includes(filter.tag)) &&
      (query === "" || exercise.title.toLowerCase().includes(query) || exercise.id.includes(query)),
  );
}
