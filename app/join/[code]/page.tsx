import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findCourseByCode } from "@/lib/courses/find-course-by-code";
import { formatJoinCode } from "@/lib/courses/join-code";
import { findCurrentUser } from "@/lib/http/current-user";
import ui from "@/app/_components/ui.module.css";
import { JoinButton } from "./join-button";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Join a course" };

/**
 * The join link: whoever holds the code sees the course's title and description, then joins
 * (signed in) or signs in / signs up first and comes back here.
 */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const user = await findCurrentUser();
  const course = await findCourseByCode({ code, learnerId: user?.learnerId ?? null });
  if (!course) notFound();
  const here = `/join/${encodeURIComponent(code)}`;
  return (
    <main className={ui.page} style={{ maxWidth: 640 }}>
      <div className={ui.card}>
        <p className={`${ui.muted} ${ui.small}`} style={{ margin: 0 }}>
          You are invited to join
        </p>
        <h1 style={{ margin: "4px 0 8px", fontSize: 24 }}>{course.title}</h1>
        {course.description && <p style={{ whiteSpace: "pre-line", marginTop: 0 }}>{course.description}</p>}
        <p className={`${ui.muted} ${ui.small}`}>
          Code <code>{formatJoinCode(code.toUpperCase().replace(/[\s-]/g, ""))}</code>
        </p>
        {!user ? (
          <div className={ui.inline}>
            <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="button button-primary">
              Sign in to join
            </Link>
            <Link href={`/sign-up?next=${encodeURIComponent(here)}`} className="button">
              Create an account
            </Link>
          </div>
        ) : course.isEnrolled ? (
          <div className={ui.inline}>
            <span className={ui.success}>You are in this course.</span>
            <Link href={`/courses/${course.id}`} className="button button-primary">
              Open the course
            </Link>
          </div>
        ) : (
          <JoinButton code={code} />
        )}
      </div>
    </main>
  );
}
