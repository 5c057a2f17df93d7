import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";

/** Whether the account is a teaching assistant of some course (the header then offers Teach). Throws AppError storage_unavailable. */
export async function assistsAnyCourse({ userId }: { userId: string }): Promise<boolean> {
  return withStorageErrors(async () => (await getDb().courseStaff.count({ where: { userId, role: "ta" }, take: 1 })) > 0);
}
