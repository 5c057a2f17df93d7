import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { hashSessionToken, isWellFormedSessionToken } from "./session-token";

/** Signs a browser out: deletes the Session row of its cookie token (nothing if unknown). */
export async function deleteSession({ token }: { token: string | null }): Promise<void> {
  if (token === null || !isWellFormedSessionToken(token)) return;
  await withStorageErrors(() => getDb().$transaction((tx) => tx.session.deleteMany({ where: { id: hashSessionToken(token) } })));
}
