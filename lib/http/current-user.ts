import { cookies, headers } from "next/headers";
import { cache } from "react";
import { deleteSession } from "../auth/delete-session";
import { findSessionUser } from "../auth/find-session-user";
import { hasRole, type TRole } from "../auth/roles";
import { SESSION_COOKIE, sessionCookieOptions } from "../auth/session-token";
import { AppError } from "../errors";
import { LEARNER_COOKIE, isHttpsRequest } from "./learner-cookie";

/** The signed-in account of a request, as every page, action and route handler sees it. */
export interface CurrentUser {
  id: string;
  email: string;
  role: TRole;
  /** The account's Learner: pass it to the learner functions (progress, submissions, drafts). */
  learnerId: string;
}

/**
 * The signed-in user of this request, or null (no session cookie, or an unknown or expired
 * one). Read-only: for server components and GET handlers.
 */
export async function findCurrentUser(): Promise<CurrentUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value ?? null;
  return findSessionUserOnce(token);
}

/**
 * One session lookup per request: a page's layout, header and body all ask for the user, and
 * React's cache() shares the answer within one server render (outside a render, e.g. in a route
 * handler, it is a plain call). Keyed by the token, so a cookie set or deleted during the request
 * (sign-in, sign-out) is looked up afresh.
 */
const findSessionUserOnce = cache((token: string | null) => findSessionUser({ token }));

/**
 * The signed-in user, for route handlers, server actions and pages that need one. Throws
 * AppError "unauthenticated" (401) without a valid session and "forbidden" (403) when the role
 * is insufficient; an admin satisfies "instructor". The check runs on the server for every
 * call: hiding a link or a form is never the protection.
 */
export async function requireUser(role?: Exclude<TRole, "learner">): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Please sign in first.");
  if (role !== undefined && !hasRole(user.role, role)) {
    throw new AppError("forbidden", role === "admin" ? "This needs an admin account." : "This needs an instructor account.");
  }
  return user;
}

/**
 * After sign-in or sign-up (in a server action or route handler): sets the session cookie and
 * drops the anonymous learner cookie, whose learner now belongs to the account.
 */
export async function startBrowserSession({ token, expiresAt }: { token: string; expiresAt: Date }): Promise<void> {
  const cookieStore = await cookies();
  // Signing in over another session ends that one: its row must not outlive the cookie.
  await deleteSession({ token: cookieStore.get(SESSION_COOKIE)?.value ?? null });
  cookieStore.set(SESSION_COOKIE, token, sessionCookieOptions(isHttpsRequest(await headers()), expiresAt));
  cookieStore.delete(LEARNER_COOKIE);
}

/** Sign-out (server action or route handler): deletes the session row and both cookies. */
export async function endBrowserSession(): Promise<void> {
  const cookieStore = await cookies();
  await deleteSession({ token: cookieStore.get(SESSION_COOKIE)?.value ?? null });
  cookieStore.delete(SESSION_COOKIE);
  cookieStore.delete(LEARNER_COOKIE);
}

/** The anonymous learner token of this browser (gd_learner), adopted at sign-up or sign-in. */
export async function readAnonymousToken(): Promise<string | null> {
  return (await cookies()).get(LEARNER_COOKIE)?.value ?? null;
}
