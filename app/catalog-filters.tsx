import Link from "next/link";
import styles from "./catalog.module.css";

export interface CatalogQuery {
  q: string;
  track: string;
  difficulty: string;
  tag: string;
  status: "" | "not-started" | "attempted" | "solved";
}

const STATUSES = ["", "not-started", "attempted", "solved"] as const;

/** The catalog's search and filters from the URL (unknown values are ignored). */
export function parseCatalogQuery(params: Record<string, string | string[] | undefined>): CatalogQuery {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.slice(0, 100) ?? "";
  };
  const status = one("status");
  return {
    q: one("q"),
    track: one("track"),
    difficulty: one("difficulty"),
    tag: one("tag"),
    status: (STATUSES as readonly string[]).includes(status) ? (status as CatalogQuery["status"]) : "",
  };
}

/**
 * Search and filters above the catalog: a plain GET form (it works before the page's scripts
 * load, and the URL can be shared).
 */
export function CatalogFilters({
  query,
  tracks,
  tags,
  shown,
  total,
}: {
  query: CatalogQuery;
  tracks: { id: string; title: string }[];
  tags: string[];
  shown: number;
  total: number;
}) {
  const isFiltered = query.q !== "" || query.track !== "" || query.difficulty !== "" || query.tag !== "" || query.status !== "";
  return (
    <form method="get" action="/" role="search" aria-label="Search the catalog" className={styles.filters}>
      <label className={styles.filter}>
        <span>Search</span>
        <input type="search" name="q" defaultValue={query.q} placeholder="softmax, gradient…" />
      </label>
      <label className={styles.filter}>
        <span>Track</span>
        <select name="track" defaultValue={query.track}>
          <option value="">All tracks</option>
          {tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.title}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.filter}>
        <span>Difficulty</span>
        <select name="difficulty" defaultValue={query.difficulty}>
          <option value="">Any</option>
          <option value="easy">easy</option>
          <option value="medium">medium</option>
          <option value="hard">hard</option>
        </select>
      </label>
      <label className={styles.filter}>
        <span>Tag</span>
        <select name="tag" defaultValue={query.tag}>
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.filter}>
        <span>Status</span>
        <select name="status" defaultValue={query.status}>
          <option value="">Any</option>
          <option value="not-started">Not started</option>
          <option value="attempted">Attempted</option>
          <option value="solved">Solved</option>
        </select>
      </label>
      <div className={styles.filterActions}>
        <button type="submit" className="button">
          Filter
        </button>
        {isFiltered && <Link href="/">Clear</Link>}
      </div>
      {isFiltered && (
        <p className={styles.filterCount} role="status" data-testid="catalog-count">
          {shown} of {total} exercises
        </p>
      )}
    </form>
  );
}
