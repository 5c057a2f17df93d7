"use client";

import { useActionState } from "react";
import { DISPLAY_NAME_MAX_LENGTH, STUDENT_ID_MAX_LENGTH } from "@/lib/auth/profile-limits";
import ui from "@/app/_components/ui.module.css";
import { saveProfileAction, type TProfileFormState } from "./actions";

/** The learner's own name and student id; empty clears a field. */
export function ProfileForm({ displayName, studentId }: { displayName: string | null; studentId: string | null }) {
  const [state, action, pending] = useActionState<TProfileFormState, FormData>(saveProfileAction, { status: "idle", message: null });
  return (
    <form action={action} className={ui.form}>
      <label className={ui.field}>
        <span>Name</span>
        <input className={ui.input} name="displayName" defaultValue={displayName ?? ""} maxLength={DISPLAY_NAME_MAX_LENGTH} autoComplete="name" />
        <span className={ui.hint}>As your instructors should see it, e.g. &ldquo;Ada Lovelace&rdquo;.</span>
      </label>
      <label className={ui.field}>
        <span>Student id (optional)</span>
        <input className={ui.input} name="studentId" defaultValue={studentId ?? ""} maxLength={STUDENT_ID_MAX_LENGTH} />
        <span className={ui.hint}>Your institution&apos;s id, so grades reach the right record in its gradebook.</span>
      </label>
      <div className={ui.inline}>
        <button type="submit" className="button button-primary" disabled={pending}>
          Save
        </button>
        {state.message && (
          <span className={state.status === "error" ? ui.error : ui.success} role={state.status === "error" ? "alert" : "status"}>
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
