import type { TActor } from "../courses/actor";
import { getGradebook } from "./get-gradebook";
import { gradebookToCsv } from "./gradebook-csv";

/** A file-name-safe slug of a title ("Week 1: Softmax" → "week-1-softmax"). */
export function fileSlug(title: string, fallback: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || fallback
  );
}

/**
 * The gradebook of a problem set as a CSV file (course owner or admin), with a file name made
 * of the set's title. Throws AppError forbidden, not_found, storage_unavailable.
 */
export async function exportGradebookCsv({ actor, problemSetId }: { actor: TActor; problemSetId: string }): Promise<{ filename: string; csv: string }> {
  const gradebook = await getGradebook({ actor, problemSetId });
  return { filename: `gradebook-${fileSlug(gradebook.problemSet.title, "problem-set")}.csv`, csv: gradebookToCsv(gradebook) };
}
