import { hasRole, type TRole } from "../auth/roles";
import { AppError } from "../errors";

/**
 * The signed-in person a domain function acts for: exactly the fields of
 * lib/http/current-user.ts's user that authorization needs, so callers pass that user as is.
 * Every signed-in user has a Learner (`learnerId`): instructors can solve exercises too.
 */
export interface TActor {
  id: string;
  role: TRole;
  learnerId: string;
}

/** Instructors teach; admins can do everything an instructor can, on every course. */
export function canTeach(actor: TActor): boolean {
  return hasRole(actor.role, "instructor");
}

/** Throws AppError forbidden unless the actor is an instructor or an admin. */
export function assertCanTeach(actor: TActor): void {
  if (!canTeach(actor)) throw new AppError("forbidden", "Only instructors can do this.");
}
