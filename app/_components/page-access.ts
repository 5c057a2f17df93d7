import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { findCurrentUser, type CurrentUser } from "@/lib/http/current-user";

/**
 * The signed-in user of a page, or a redirect to sign-in that comes back to `returnTo`.
 * Pages are not the protection (every route handler and domain function checks again); they
 * only decide what to render.
 */
export async function userOrSignIn(returnTo: string): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Runs a domain read for a page: not_found and forbidden both render the 404 page, so a page
 * never tells whether someone else's course exists.
 */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error, "not_found") || isAppError(error, "forbidden")) notFound();
    throw error;
  }
}
