import { cookies } from "next/headers";
import { findSessionUser } from "../auth/find-session-user";
import { hasRole } from "../auth/roles";
import { SESSION_COOKIE } from "../auth/session-token";
import { AppError } from "../errors";

/** The signed-in account of a request, as every page, action and route handler sees it. */
export interface CurrentUser {
  id: string;
  email: string;
  role: "learner" | "instructor" | "admin";
  /** The account's Learner: pass it to the learner functions (progress, submissions, drafts). */
  learnerId: string;
}

/**
 * The signed-in user of this request, or null (no session cookie, or an unknown or expired
 * one). Read-only: for server components and GET handlers.
 */
export async function findCurrentUser(): Promise<CurrentUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value ?? null;
  return findSessionUser({ token });
}

/**
 * The signed-in user, for route handlers, server actions and pages that need one. Throws
 * AppError "unauthenticated" (401) without a valid session and "forbidden" (403) when the role
 * is insufficient; an admin satisfies "instructor". The check runs on the server for every
 * call: hiding a link or a form is never the protection.
 */
export async function requireUser(role?: "instructor" | "admin"): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Please sign in first.");
  if (role !== undefined && !hasRole(user.role, role)) {
    throw new AppError("forbidden", role === "admin" ? "This needs an admin account." : "This needs an instructor account.");
  }
  return user;
}
