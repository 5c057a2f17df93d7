"use client";

import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import { ActionMessage } from "../../_components/action-message";
import { useStaffAction } from "../../_components/use-staff-action";

interface Assistant {
  userId: string;
  email: string;
  displayName: string | null;
}

/** The course's teaching assistants: listed for everyone on the staff, added and removed by the instructor only. */
export function AssistantsPanel({ courseId, assistants, canManage }: { courseId: string; assistants: Assistant[]; canManage: boolean }) {
  const [email, setEmail] = useState("");
  const { run, message, isPending } = useStaffAction();
  const base = `/api/teach/courses/${encodeURIComponent(courseId)}/assistants`;
  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => callApi(base, { method: "POST", body: { email } }), `${email} is now a teaching assistant.`)) setEmail("");
  };
  const onRemove = (assistant: Assistant) => {
    if (!window.confirm(`Remove ${assistant.email} from the course's staff? Their comments and extensions stay.`)) return;
    void run(() => callApi(`${base}/${encodeURIComponent(assistant.userId)}`, { method: "DELETE" }), `${assistant.email} is no longer a teaching assistant.`);
  };
  return (
    <>
      <p className={`${ui.small} ${ui.muted}`}>
        Teaching assistants view the gradebooks, comment on submissions and grant extensions; they cannot change sets, dates, policies, the roster or the staff.
      </p>
      {assistants.length === 0 ? (
        <p className={ui.empty}>No teaching assistant.</p>
      ) : (
        <ul className={ui.plainList}>
          {assistants.map((assistant) => (
            <li key={assistant.userId} className={ui.inline}>
              <span>{assistant.displayName ? `${assistant.displayName} (${assistant.email})` : assistant.email}</span>
              {canManage && (
                <button
                  type="button"
                  className={`button button-quiet ${ui.danger}`}
                  onClick={() => onRemove(assistant)}
                  aria-label={`Remove ${assistant.email} from the staff`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form onSubmit={onAdd} className={ui.inline} aria-label="Add a teaching assistant">
          <label className={ui.field}>
            <span>Add a teaching assistant (their account&apos;s email)</span>
            <input className={ui.input} type="email" name="assistant-email" value={email} onChange={(event) => setEmail(event.target.value)} required />
          </label>
          <button type="submit" className="button" disabled={isPending} style={{ alignSelf: "end" }}>
            Add
          </button>
        </form>
      )}
      <ActionMessage message={message} />
    </>
  );
}
