"use client";

import { useMemo, useState } from "react";
import { filterCatalog, type PickableExercise } from "@/lib/problem-sets/filter-catalog";
import ui from "@/app/_components/ui.module.css";
import styles from "./editor.module.css";

/** The catalog, filtered by track, difficulty, tag and title; "Add" appends to the set. */
export function ExercisePicker({
  catalog,
  tracks,
  selected,
  isFull,
  onAdd,
}: {
  catalog: PickableExercise[];
  tracks: { id: string; title: string }[];
  selected: string[];
  isFull: boolean;
  onAdd: (id: string) => void;
}) {
  const [track, setTrack] = useState("");
  const [difficulty, setDifficulty] = useState("");
  const [tag, setTag] = useState("");
  const [query, setQuery] = useState("");
  const tags = useMemo(() => [...new Set(catalog.flatMap((exercise) => exercise.tags))].sort(), [catalog]);
  const matches = filterCatalog(catalog, { track, difficulty, tag, query });
  const trackTitle = new Map(tracks.map((entry) => [entry.id, entry.title]));

  return (
    <div className={styles.picker} aria-label="Exercise catalog">
      <div className={styles.filters}>
        <input
          className={ui.input}
          type="search"
          placeholder="Search by title"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label="Search exercises"
        />
        <select className={ui.select} value={track} onChange={(event) => setTrack(event.target.value)} aria-label="Track">
          <option value="">All tracks</option>
          {tracks.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
        <select className={ui.select} value={difficulty} onChange={(event) => setDifficulty(event.target.value)} aria-label="Difficulty">
          <option value="">Any difficulty</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
        <select className={ui.select} value={tag} onChange={(event) => setTag(event.target.value)} aria-label="Tag">
          <option value="">Any tag</option>
          {tags.map((entry) => (
            <option key={entry} value={entry}>
              {entry}
            </option>
          ))}
        </select>
      </div>
      <p className={ui.hint} style={{ margin: "6px 0" }}>
        {matches.length} of {catalog.length} exercises
      </p>
      <ul className={styles.results}>
        {matches.map((exercise) => {
          const isChosen = selected.includes(exercise.id);
          return (
            <li key={exercise.id} data-pick={exercise.id}>
              <span>
                <strong>{exercise.title}</strong>
                <span className={`${ui.small} ${ui.muted}`}> · {trackTitle.get(exercise.track) ?? exercise.track}</span>
              </span>
              <span className={`badge badge-${exercise.difficulty}`}>{exercise.difficulty}</span>
              <button type="button" className="button" disabled={isChosen || isFull} onClick={() => onAdd(exercise.id)} aria-label={`Add ${exercise.title}`}>
                {isChosen ? "Added" : "Add"}
              </button>
            </li>
          );
        })}
        {matches.length === 0 && <li className={ui.empty}>No exercise matches these filters.</li>}
      </ul>
    </div>
  );
}
