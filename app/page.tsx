import Link from "next/link";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { TRACKS } from "@/lib/exercises/schema";
import { loadLearnerProgress } from "@/app/_components/learner-progress";
import { StatusBadge } from "@/app/_components/status-badge";
import styles from "./catalog.module.css";

/** Tags beyond this are summarised as "+n": a row stays one line on a laptop screen. */
const MAX_TAGS = 3;

export default async function CatalogPage() {
  const { exercises, problems } = getExerciseCatalog();
  const progress = await loadLearnerProgress();
  const solved = exercises.filter((exercise) => progress.byExercise.get(exercise.meta.id)?.status === "solved").length;
  const tracks = TRACKS.map((track) => ({ ...track, exercises: exercises.filter((exercise) => exercise.meta.track === track.id) })).filter(
    (track) => track.exercises.length > 0,
  );

  return (
    <main className={styles.page}>
      <section className={styles.intro}>
        <div>
          <h1>Learn the math of machine learning by implementing it</h1>
          <p>Read the math, write the function in TypeScript, run it on the examples, then submit it to hidden tests that check the numerics.</p>
        </div>
        <div className={styles.counter} aria-label={`${solved} of ${exercises.length} solved`}>
          <strong>
            {solved} of {exercises.length}
          </strong>{" "}
          solved
          <div className={styles.progressBar} aria-hidden="true">
            <span style={{ width: `${exercises.length === 0 ? 0 : (100 * solved) / exercises.length}%` }} />
          </div>
        </div>
      </section>

      {progress.unavailable && <p className={styles.notice}>Your progress could not be loaded right now; the exercises still work.</p>}
      {problems.length > 0 && (
        <details className={styles.notice}>
          <summary>
            {problems.length === 1 ? "1 exercise" : `${problems.length} exercises`} could not be loaded and {problems.length === 1 ? "is" : "are"} hidden.
          </summary>
          <ul>
            {problems.map((problem) => (
              <li key={problem.folder}>
                <code>{problem.folder}</code> — {problem.errors[0]}
                {problem.errors.length > 1 && ` (and ${problem.errors.length - 1} more)`}
              </li>
            ))}
          </ul>
        </details>
      )}

      {tracks.map((track) => (
        <section key={track.id} className={styles.track} aria-labelledby={`track-${track.id}`}>
          <h2 id={`track-${track.id}`}>{track.title}</h2>
          <ul className={styles.list}>
            {track.exercises.map((exercise) => (
              <li key={exercise.meta.id}>
                <Link href={`/exercises/${exercise.meta.id}`} prefetch={false} className={styles.row} data-exercise={exercise.meta.id}>
                  <span className={styles.title}>{exercise.meta.title}</span>
                  <span className={styles.tags}>
                    {exercise.meta.tags.slice(0, MAX_TAGS).map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                    {exercise.meta.tags.length > MAX_TAGS && <span className="tag">+{exercise.meta.tags.length - MAX_TAGS}</span>}
                  </span>
                  <span className={`badge badge-${exercise.meta.difficulty}`}>{exercise.meta.difficulty}</span>
                  <StatusBadge
                    status={progress.byExercise.get(exercise.meta.id)?.status ?? null}
                    isRobust={progress.byExercise.get(exercise.meta.id)?.isRobust}
                  />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {tracks.length === 0 && <p className={styles.empty}>No exercises yet. Add one under exercises/&lt;track&gt;/&lt;id&gt;/ (see CONTRIBUTING.md).</p>}
    </main>
  );
}
