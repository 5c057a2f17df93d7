import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";

export interface SubmissionCommentView {
  id: string;
  body: string;
  authorEmail: string;
  createdAt: Date;
}

/**
 * Staff comments on a submission, oldest first, for the learner who made it (anyone else gets an
 * empty list, like a submission without comments). Throws storage_unavailable.
 */
export async function listOwnSubmissionComments({ learnerId, submissionId }: { learnerId: string; submissionId: string }): Promise<SubmissionCommentView[]> {
  return withStorageErrors(async () => {
    const db = getDb();
    const rows = await db.submissionComment.findMany({ where: { submissionId, submission: { learnerId } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const authors = new Map(
      (await db.user.findMany({ where: { id: { in: rows.map((row) => row.authorId) } }, select: { id: true, email: true } })).map((user) => [
        user.id,
        user.email,
      ]),
    );
    return rows.map((row) => ({ id: row.id, body: row.body, authorEmail: authors.get(row.authorId) ?? "(removed account)", createdAt: row.createdAt }));
  });
}
