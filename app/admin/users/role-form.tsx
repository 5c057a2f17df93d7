"use client";

import { useActionState } from "react";
import { ROLES, type TRole } from "@/lib/auth/roles";
import { changeRoleAction, type TRoleFormState } from "./actions";
import styles from "../admin.module.css";

const LABELS: Record<TRole, string> = { learner: "Learner", instructor: "Instructor", admin: "Admin" };

/** One account's role picker; the outcome (or why not, e.g. the last admin) shows beside it. */
export function RoleForm({ userId, email, role }: { userId: string; email: string; role: TRole }) {
  const [state, action, pending] = useActionState<TRoleFormState, FormData>(changeRoleAction, { status: "idle", message: null });
  return (
    <form action={action} className={styles.roleForm}>
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label={`Role of ${email}`} className={styles.select} key={role}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={pending}>
        {pending && <span className="spinner" aria-hidden="true" />}
        Save
      </button>
      {state.message && (
        <span className={state.status === "error" ? styles.formError : styles.formSaved} role={state.status === "error" ? "alert" : "status"}>
          {state.message}
        </span>
      )}
    </form>
  );
}
