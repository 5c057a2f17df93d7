import Link from "next/link";
import { canTeach } from "@/lib/courses/actor";
import { isAppError } from "@/lib/errors";
import { findCurrentUser } from "@/lib/http/current-user";

/** The header's course links: Dashboard for everyone, Courses when signed in, Teach for instructors and admins. */
export async function CourseNav() {
  let user = null;
  try {
    user = await findCurrentUser();
  } catch (error) {
    // Like the account links: a storage problem must not take the header down.
    console.error("[header] course links without a session:", isAppError(error) ? error.message : error);
  }
  return (
    <>
      <Link href="/dashboard">Dashboard</Link>
      {user && <Link href="/courses">Courses</Link>}
      {user && canTeach(user) && <Link href="/teach">Teach</Link>}
    </>
  );
}
