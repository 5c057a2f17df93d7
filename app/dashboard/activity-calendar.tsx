import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import styles from "./dashboard.module.css";

/** Twelve weeks of accepted submissions, one square per day (columns are weeks). */
export function ActivityCalendar({ activity }: { activity: Dashboard["activity"] }) {
  const level = (count: number) => (count === 0 ? "" : count === 1 ? styles.level1 : count <= 3 ? styles.level2 : styles.level3);
  return (
    <div className={styles.calendar} role="img" aria-label={`Accepted submissions per day over the last ${activity.length} days`}>
      {activity.map((entry) => (
        <span key={entry.day} className={level(entry.accepted)} title={`${entry.day}: ${entry.accepted} accepted`} />
      ))}
    </div>
  );
}
