/** What an account may do. Stored as a string in User.role; anything else reads as "learner". */
export const ROLES = ["learner", "instructor", "admin"] as const;
export type TRole = (typeof ROLES)[number];

const RANK: Record<TRole, number> = { learner: 0, instructor: 1, admin: 2 };

/** The role of a stored User.role value; an unknown value grants nothing beyond "learner". */
export function parseRole(value: string): TRole {
  return (ROLES as readonly string[]).includes(value) ? (value as TRole) : "learner";
}

/** Whether `role` satisfies `required`: roles are ordered, so an admin is also an instructor. */
export function hasRole(role: TRole, required: TRole): boolean {
  return RANK[role] >= RANK[required];
}
