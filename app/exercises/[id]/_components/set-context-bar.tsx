import Link from "next/link";
import type { SetExerciseContext } from "@/lib/problem-sets/get-set-exercise-context";
import { ItemStatusBadge } from "@/app/_components/item-status-badge";
import { dueLabel } from "@/app/_components/policy-summary";
import { LocalTime } from "@/app/_components/local-time";
import { setExerciseHref } from "./set-exercise-href";

/**
 * Where an exercise sits when opened from a set: breadcrumb, previous/next, due date and time
 * left, and whether work here counts for the course or is practice (the set's rules sit
 * beside Submit).
 */
export function SetContextBar({ context, now }: { context: SetExerciseContext; now: Date }) {
  const { course, set, previous, next } = context;
  const due = dueLabel(set.dueAt, now);
  const href = (slug: string) => setExerciseHref(course.id, set.id, slug);
  return (
    <div className="set-context" data-testid="set-context">
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/courses">Your courses</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/courses/${course.id}`}>{course.title}</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/courses/${course.id}#set-${set.id}`}>{set.title}</Link>
      </nav>
      <div className="set-context-nav">
        {previous ? (
          <Link href={href(previous.slug)} className="set-context-step" rel="prev">
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        <span className="set-context-position">
          Exercise {context.position} of {context.total} <ItemStatusBadge standing={context.standing} />
        </span>
        {next ? (
          <Link href={href(next.slug)} className="set-context-step" rel="next">
            {next.title} →
          </Link>
        ) : (
          <span />
        )}
      </div>
      <p className={`set-context-counts ${context.counts ? "counts" : "practice"}`}>
        {context.counts ? (
          <>
            <strong>Counts for {course.title}.</strong>
            {set.dueAt && (
              <>
                {" "}
                Due <LocalTime iso={set.dueAt.toISOString()} format="dateTimeWithYear" />
                {due && <span className={`badge ${set.isPastDue ? "badge-hard" : "badge-medium"}`}>{due}</span>}
                {set.isPastDue && " Submissions now are marked late."}
              </>
            )}
          </>
        ) : (
          <>
            <strong>Practice.</strong> This set is closed: new submissions no longer count for {course.title}.
          </>
        )}
      </p>
    </div>
  );
}
