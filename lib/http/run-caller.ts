import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { SESSION_COOKIE } from "../auth/session-token";
import { getClientAddress } from "./client-address";
import { LEARNER_COOKIE } from "./learner-cookie";

/**
 * Who is asking for a Run, without a database lookup (Run stores nothing and is the hottest
 * route): the session or learner cookie, hashed, and the client address. A made-up cookie only
 * buys its own per-learner allowance; the per-address limit still covers it.
 */
export async function identifyRunCaller(headers: Headers): Promise<{ learnerKey: string | null; address: string }> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value ?? jar.get(LEARNER_COOKIE)?.value ?? null;
  const learnerKey = token ? createHash("sha256").update(token).digest("base64url").slice(0, 22) : null;
  return { learnerKey, address: getClientAddress(headers) };
}
