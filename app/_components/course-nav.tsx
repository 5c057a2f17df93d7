import Link from "next/link";
import { canTeach } from "@/lib/courses/actor";
import { assistsAnyCourse } from "@/lib/courses/assists-any-course";
import { isAppError } from "@/lib/errors";
import { findCurrentUser } from "@/lib/http/current-user";

/** The header's course links: Dashboard for everyone, Courses when signed in, Teach for instructors, admins and teaching assistants. */
export async function CourseNav() {
  let user = null;
  let teaches = false;
  try {
    user = await findCurrentUser();
    teaches = user !== null && (canTeach(user) || (await assistsAnyCourse({ userId: user.id })));
  } catch (error) {
    // Like the account links: a storage problem must not take the header down.
    console.error("[header] course links without a session:", isAppError(error) ? error.message : error);
  }
  return (
    <>
      <Link href="/dashboard">Dashboard</Link>
      {user && <Link href="/courses">Courses</Link>}
      {teaches && <Link href="/teach">Teach</Link>}
    </>
  );
}
