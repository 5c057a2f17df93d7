import { cookies, headers } from "next/headers";
import { findAnonymousLearner } from "../learners/find-anonymous-learner";
import { findOrCreateAnonymousLearner } from "../learners/find-or-create-anonymous-learner";
import { findCurrentUser } from "./current-user";
import { LEARNER_COOKIE, isHttpsRequest, learnerCookieOptions } from "./learner-cookie";

/**
 * The learner of this request, for route handlers (which may set cookies): the signed-in
 * account's learner, else the cookie's anonymous learner, or a new anonymous learner whose token
 * is set as the cookie. The id always comes from a cookie, never from the request body, so a
 * learner only ever reaches their own data.
 */
export async function requireLearner(): Promise<{ id: string }> {
  const user = await findCurrentUser();
  if (user) return { id: user.learnerId };
  const cookieStore = await cookies();
  const token = cookieStore.get(LEARNER_COOKIE)?.value ?? null;
  const { learner, newToken } = await findOrCreateAnonymousLearner({ token });
  if (newToken !== null) {
    cookieStore.set(LEARNER_COOKIE, newToken, learnerCookieOptions(isHttpsRequest(await headers())));
  }
  return learner;
}

/**
 * The learner of this request for server components and GET handlers, which must not create
 * learners for every cookie-less visitor (crawlers, first visits): the signed-in account's
 * learner; else null without a cookie, and null when the cookie is unknown (the next POST
 * replaces it). A visitor without a learner is shown as a new learner with no progress.
 */
export async function findCurrentLearner(): Promise<{ id: string } | null> {
  const user = await findCurrentUser();
  if (user) return { id: user.learnerId };
  const token = (await cookies()).get(LEARNER_COOKIE)?.value ?? null;
  return findAnonymousLearner({ token });
}
