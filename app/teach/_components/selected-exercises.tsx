"use client";

import type { PickableExercise } from "@/lib/problem-sets/filter-catalog";
import ui from "@/app/_components/ui.module.css";
import styles from "./editor.module.css";

/** The set's exercises in order, with their points and move up / down / remove. */
export function SelectedExercises({
  slugs,
  bySlug,
  isLocked,
  onChange,
  points,
  onPointsChange,
}: {
  slugs: string[];
  bySlug: Map<string, PickableExercise>;
  isLocked: boolean;
  onChange: (slugs: string[]) => void;
  points: Record<string, number>;
  onPointsChange: (points: Record<string, number>) => void;
}) {
  const move = (index: number, offset: number) => {
    const next = [...slugs];
    [next[index], next[index + offset]] = [next[index + offset], next[index]];
    onChange(next);
  };
  if (slugs.length === 0) return <p className={ui.empty}>No exercise yet: add some from the catalog.</p>;
  return (
    <ol className={styles.selected} aria-label="Exercises in this set">
      {slugs.map((slug, index) => {
        const exercise = bySlug.get(slug);
        return (
          <li key={slug} data-selected={slug}>
            <span className={styles.position}>{index + 1}</span>
            <span>
              <strong>{exercise?.title ?? slug}</strong>
              {!exercise && <span className={`${ui.small} ${ui.danger}`}> (no longer in the catalog)</span>}
            </span>
            {exercise && <span className={`badge badge-${exercise.difficulty}`}>{exercise.difficulty}</span>}
            <label className={`${ui.small} ${styles.points}`}>
              <input
                className={ui.input}
                type="number"
                min={0}
                max={1000}
                step={1}
                value={points[slug] ?? 1}
                onChange={(event) => onPointsChange({ ...points, [slug]: Math.max(0, Math.trunc(Number(event.target.value) || 0)) })}
                aria-label={`Points for ${exercise?.title ?? slug}`}
                data-points={slug}
              />{" "}
              pts
            </label>
            {!isLocked && (
              <span className={ui.inline}>
                <button type="button" className="button button-quiet" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${slug} up`}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={index === slugs.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={`Move ${slug} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className={`button button-quiet ${ui.danger}`}
                  onClick={() => onChange(slugs.filter((entry) => entry !== slug))}
                  aria-label={`Remove ${slug}`}
                >
                  ✕
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
