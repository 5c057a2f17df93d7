import { z } from "zod";
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { AppError } from "../errors";
import type { TActor } from "./actor";
import { findOwnedCourse } from "./find-owned-course";
import { parseInput } from "./parse-input";
import { parseRosterCsv, ROSTER_MAX_BYTES, type RosterProblem } from "./parse-roster-csv";

const ZRosterImport = z.object({
  csv: z.string().max(ROSTER_MAX_BYTES, `A roster file has at most ${ROSTER_MAX_BYTES / 1024} KB.`),
  /** "preview" changes nothing; "apply" writes every matched row in one transaction, or nothing. */
  mode: z.enum(["preview", "apply"]),
});

/** One roster row matched to a learner of the course: what changes (null: the field is left as it is). */
export interface RosterMatch {
  line: number;
  email: string;
  learnerId: string;
  displayName: { from: string | null; to: string | null };
  studentId: { from: string | null; to: string | null };
  changes: boolean;
}

export interface RosterImportResult {
  matched: RosterMatch[];
  /** Emails with no account, or whose account is not in this course: listed, never applied. */
  unknown: { line: number; email: string; reason: string }[];
  /** Rows that did not parse, by line: while there is one, "apply" writes nothing. */
  problems: RosterProblem[];
  applied: boolean;
}

/**
 * Sets learners' names and student ids from a roster CSV (email, name, student id; see
 * parseRosterCsv). Only learners enrolled in the course are touched: an instructor cannot
 * rename accounts outside their course, and such emails come back as unknown. "preview" reports
 * what would change; "apply" re-checks and writes all changes in one transaction, and refuses
 * (invalid_input, nothing written) while any row is bad. An empty cell leaves the field alone.
 * Owner or admin only (a TA gets forbidden). Throws AppError forbidden, not_found, invalid_input, storage_unavailable.
 */
export async function importRoster({ actor, courseId, input }: { actor: TActor; courseId: string; input: unknown }): Promise<RosterImportResult> {
  const { csv, mode } = parseInput(ZRosterImport, input);
  const parsed = parseRosterCsv(csv);
  if (parsed.rows.length === 0 && parsed.problems.length === 0) throw new AppError("invalid_input", "The file has no rows: expected email, name, student id.");
  return withStorageErrors(() =>
    getDb().$transaction(async (tx) => {
      await findOwnedCourse(tx, actor, courseId);
      const result = await matchRoster(tx, courseId, parsed);
      if (mode === "preview") return result;
      if (result.problems.length > 0) {
        const listed = result.problems
          .slice(0, 5)
          .map((problem) => `line ${problem.line}: ${problem.message}`)
          .join("; ");
        const more = result.problems.length > 5 ? ` (and ${result.problems.length - 5} more)` : "";
        throw new AppError("invalid_input", `Nothing was imported: fix these rows first. ${listed}${more}`);
      }
      for (const row of result.matched.filter((match) => match.changes)) {
        await tx.user.updateMany({
          where: { learner: { id: row.learnerId } },
          data: { ...(row.displayName.to !== null && { displayName: row.displayName.to }), ...(row.studentId.to !== null && { studentId: row.studentId.to }) },
        });
      }
      return { ...result, applied: true };
    }),
  );
}

async function matchRoster(db: Pick<Db, "user">, courseId: string, parsed: ReturnType<typeof parseRosterCsv>): Promise<RosterImportResult> {
  const users = await db.user.findMany({
    where: { email: { in: parsed.rows.map((row) => row.email) } },
    select: {
      email: true,
      displayName: true,
      studentId: true,
      learner: { select: { id: true, enrollments: { where: { courseId }, select: { courseId: true } } } },
    },
  });
  const byEmail = new Map(users.map((user) => [user.email, user]));
  const matched: RosterMatch[] = [];
  const unknown: RosterImportResult["unknown"] = [];
  for (const row of parsed.rows) {
    const user = byEmail.get(row.email);
    if (!user) {
      unknown.push({ line: row.line, email: row.email, reason: "no account uses this email" });
      continue;
    }
    if (!user.learner || user.learner.enrollments.length === 0) {
      unknown.push({ line: row.line, email: row.email, reason: "not in this course (they join with the code first)" });
      continue;
    }
    const displayName = { from: user.displayName, to: row.displayName };
    const studentId = { from: user.studentId, to: row.studentId };
    const changes = (row.displayName !== null && row.displayName !== user.displayName) || (row.studentId !== null && row.studentId !== user.studentId);
    matched.push({ line: row.line, email: row.email, learnerId: user.learner.id, displayName, studentId, changes });
  }
  return { matched, unknown, problems: parsed.problems, applied: false };
}
