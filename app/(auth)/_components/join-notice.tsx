import { findCourseByCode } from "@/lib/courses/find-course-by-code";
import { joinCodeOf } from "../join-code-of";
import styles from "../auth.module.css";

/** From a join link: names the course the account joins once signed in or created. */
export async function JoinNotice({ returnTo, verb }: { returnTo: string; verb: "signing in" | "creating your account" }) {
  const code = joinCodeOf(returnTo);
  const course = code ? await findCourseByCode({ code, learnerId: null }).catch(() => null) : null;
  if (!course) return null;
  return (
    <p className={styles.notice} data-testid="join-notice">
      You join <strong>{course.title}</strong> right after {verb}.
    </p>
  );
}
