import type { Db } from "../db/client";
import type { ItemOverride } from "./score-item";

export interface Extension {
  dueAt: Date;
  grantedAt: Date;
  grantedByEmail: string;
}

export interface SetAdjustments {
  extensions: Map<string, Extension>;
  /** Keyed `${learnerId}:${exerciseId}`: the newest override row, when it sets a score. */
  overrides: Map<string, ItemOverride>;
}

/**
 * The per-learner adjustments of a set: due-date extensions and the grade overrides in force
 * (the newest row per learner and exercise; a row without a score lifts the override), with the
 * e-mail of the staff member behind each (the audit trail shown in the gradebook).
 */
export async function loadSetAdjustments(
  db: Pick<Db, "dueDateExtension" | "gradeOverride" | "user">,
  { problemSetId, learnerIds }: { problemSetId: string; learnerIds: string[] },
): Promise<SetAdjustments> {
  const [extensionRows, overrideRows] = await Promise.all([
    db.dueDateExtension.findMany({ where: { problemSetId, learnerId: { in: learnerIds } } }),
    db.gradeOverride.findMany({ where: { problemSetId, learnerId: { in: learnerIds } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const staffIds = [...new Set([...extensionRows.map((row) => row.grantedById), ...overrideRows.map((row) => row.byId)])];
  const staff = new Map((await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })).map((user) => [user.id, user.email]));
  const emailOf = (id: string) => staff.get(id) ?? "(removed account)";

  const extensions = new Map(
    extensionRows.map((row) => [row.learnerId, { dueAt: row.dueAt, grantedAt: row.grantedAt, grantedByEmail: emailOf(row.grantedById) }]),
  );
  const overrides = new Map<string, ItemOverride>();
  for (const row of overrideRows) {
    const key = `${row.learnerId}:${row.exerciseId}`;
    if (row.score === null) overrides.delete(key);
    else overrides.set(key, { score: row.score, reason: row.reason, byEmail: emailOf(row.byId), at: row.createdAt });
  }
  return { extensions, overrides };
}
