import { cookies, headers } from "next/headers";
import { findAnonymousLearner } from "../learners/find-anonymous-learner";
import { findOrCreateAnonymousLearner } from "../learners/find-or-create-anonymous-learner";
import { LEARNER_COOKIE, isHttpsRequest, learnerCookieOptions } from "./learner-cookie";

/**
 * The learner of this request, for route handlers (which may set cookies): the cookie's learner,
 * or a new anonymous learner whose token is set as the cookie. The id always comes from the
 * cookie, never from the request body, so a learner only ever reaches their own data.
 */
export async function requireLearner(): Promise<{ id: string }> {
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
 * learners for every cookie-less visitor (crawlers, first visits): null without a cookie, and
 * null when the cookie is unknown (the next POST replaces it). A visitor without a learner is
 * shown as a new learner with no progress.
 */
export async function findCurrentLearner(): Promise<{ id: string } | null> {
  const token = (await cookies()).get(LEARNER_COOKIE)?.value ?? null;
  return findAnonymousLearner({ token });
}
