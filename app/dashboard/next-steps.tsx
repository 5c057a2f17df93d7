import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { dueLabel } from "@/app/_components/policy-summary";
import ui from "@/app/_components/ui.module.css";
import styles from "./dashboard.module.css";

/** What to do next: unsolved exercises of assigned sets (nearest due first), then the catalog's. */
export function NextSteps({ next, now }: { next: Dashboard["next"]; now: Date }) {
  return (
    <div className={ui.card} data-next-steps>
      {next.assigned.map((set) => (
        <div key={set.id} data-next-set={set.id}>
          <div className={styles.setTitle}>
            <strong>
              <Link href={`/courses/${set.course.id}`}>{set.title}</Link> <span className={`${ui.small} ${ui.muted}`}>· {set.course.title}</span>
            </strong>
            {set.dueAt && <span className={`badge ${set.isPastDue ? "badge-hard" : "badge-medium"}`}>{dueLabel(set.dueAt, now)}</span>}
          </div>
          <ul className={styles.next}>
            {set.exercises.map((exercise) => (
              <li key={exercise.slug}>
                <Link href={`/exercises/${exercise.slug}`} prefetch={false}>
                  {exercise.title}
                </Link>
                <span className={`badge ${exercise.status === "attempted" ? "status-attempted" : "status-not-started"}`}>
                  {exercise.status === "attempted" ? "Attempted" : "Not started"}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {next.practice.length > 0 && (
        <div>
          <div className={styles.setTitle}>
            <strong>{next.assigned.length > 0 ? "Then, from the catalog" : "From the catalog"}</strong>
          </div>
          <ul className={styles.next}>
            {next.practice.map((exercise) => (
              <li key={exercise.slug}>
                <Link href={`/exercises/${exercise.slug}`} prefetch={false}>
                  {exercise.title}
                </Link>
                <span className={`badge badge-${exercise.difficulty}`}>{exercise.difficulty}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {next.assigned.length === 0 && next.practice.length === 0 && <p className={ui.empty}>Everything is solved. Impressive.</p>}
    </div>
  );
}
