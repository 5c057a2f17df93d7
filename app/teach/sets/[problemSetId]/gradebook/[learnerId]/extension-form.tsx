"use client";

import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import { ActionMessage } from "../../../../_components/action-message";
import { fromLocalInput, toLocalInput } from "../../../../_components/local-input";
import { useStaffAction } from "../../../../_components/use-staff-action";

/** Grants this learner their own due date for the set, or withdraws it. */
export function ExtensionForm({ problemSetId, learnerId, extendedTo }: { problemSetId: string; learnerId: string; extendedTo: string | null }) {
  const [dueAt, setDueAt] = useState(toLocalInput(extendedTo));
  const { run, message, isPending } = useStaffAction();
  const url = `/api/teach/problem-sets/${encodeURIComponent(problemSetId)}/extensions`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => callApi(url, { method: "POST", body: { learnerId, dueAt: fromLocalInput(dueAt) } }), "Extension saved.");
  };
  return (
    <form onSubmit={onSubmit} className={ui.inline} aria-label="Extension">
      <label className={ui.inline}>
        <span>Extend the due date to</span>
        <input className={ui.input} type="datetime-local" name="extensionDueAt" value={dueAt} onChange={(event) => setDueAt(event.target.value)} required />
      </label>
      <button type="submit" className="button" disabled={isPending}>
        Grant extension
      </button>
      {extendedTo && (
        <button
          type="button"
          className="button button-quiet"
          disabled={isPending}
          onClick={() => run(() => callApi(url, { method: "POST", body: { learnerId, dueAt: null } }), "Extension withdrawn.")}
        >
          Withdraw
        </button>
      )}
      <ActionMessage message={message} />
    </form>
  );
}
