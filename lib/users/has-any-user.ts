import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";

/** Whether any account exists yet (the sign-up page says the first one becomes admin). */
export async function hasAnyUser(): Promise<boolean> {
  return withStorageErrors(async () => (await getDb().user.findFirst({ select: { id: true } })) !== null);
}
