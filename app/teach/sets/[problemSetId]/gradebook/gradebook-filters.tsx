import type { GradebookView } from "@/lib/gradebook/filter-gradebook-rows";
import ui from "@/app/_components/ui.module.css";

const STATUS_LABELS = { all: "Any status", accepted: "Accepted", attempted: "Attempted, not accepted", not_started: "Not started", late: "Accepted late" };

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or shared. */
export function GradebookFilters({ view, exercises }: { view: GradebookView; exercises: { title: string }[] }) {
  return (
    <form className={ui.inline} method="get" aria-label="Filter learners" style={{ marginBottom: 10 }}>
      <input type="hidden" name="sort" value={view.sort} />
      {view.descending && <input type="hidden" name="dir" value="desc" />}
      <input className={ui.input} type="search" name="q" defaultValue={view.query} placeholder="Learner's email" aria-label="Learner's email" />
      <select className={ui.select} name="status" defaultValue={view.status} aria-label="Status">
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select className={ui.select} name="exercise" defaultValue={view.exerciseIndex ?? ""} aria-label="On exercise">
        <option value="">on any exercise</option>
        {exercises.map((exercise, index) => (
          <option key={index} value={index}>
            on {index + 1}. {exercise.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        Filter
      </button>
      {(view.query || view.status !== "all" || view.exerciseIndex !== null) && (
        <a href="?" className="button button-quiet">
          Clear
        </a>
      )}
    </form>
  );
}
