import { DEFAULT_VIEW, GRADEBOOK_SORTS, STATUS_FILTERS, type GradebookView } from "@/lib/gradebook/filter-gradebook-rows";

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The gradebook's sort and filters from the URL (unknown values fall back to the defaults). */
export function readView(params: Params, exerciseCount: number): GradebookView {
  const sort = first(params.sort);
  const status = first(params.status);
  const exercise = Number.parseInt(first(params.exercise), 10);
  return {
    sort: (GRADEBOOK_SORTS as readonly string[]).includes(sort) ? (sort as GradebookView["sort"]) : DEFAULT_VIEW.sort,
    descending: first(params.dir) === "desc",
    query: first(params.q).slice(0, 100),
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as GradebookView["status"]) : DEFAULT_VIEW.status,
    exerciseIndex: Number.isInteger(exercise) && exercise >= 0 && exercise < exerciseCount ? exercise : null,
  };
}

/** The URL of the same view sorted by `sort` (toggling the direction when already sorted by it). */
export function sortHref(view: GradebookView, sort: GradebookView["sort"]): string {
  const params = new URLSearchParams();
  params.set("sort", sort);
  if (view.sort === sort ? !view.descending : sort !== "learner") params.set("dir", "desc");
  if (view.query) params.set("q", view.query);
  if (view.status !== "all") params.set("status", view.status);
  if (view.exerciseIndex !== null) params.set("exercise", String(view.exerciseIndex));
  return `?${params.toString()}`;
}
