"use client";

import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import { ActionMessage } from "../../../../_components/action-message";
import { useStaffAction } from "../../../../_components/use-staff-action";

/** Sets this learner's score on one exercise by hand, with a reason (kept on record), or lifts the override. */
export function OverrideForm({
  problemSetId,
  learnerId,
  exerciseSlug,
  points,
  isOverridden,
}: {
  problemSetId: string;
  learnerId: string;
  exerciseSlug: string;
  points: number;
  isOverridden: boolean;
}) {
  const [score, setScore] = useState("");
  const [reason, setReason] = useState("");
  const { run, message, isPending } = useStaffAction();
  const send = (value: number | null, success: string) =>
    run(
      () =>
        callApi(`/api/teach/problem-sets/${encodeURIComponent(problemSetId)}/overrides`, {
          method: "POST",
          body: { learnerId, exerciseSlug, score: value, reason },
        }),
      success,
    );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(Number(score), "Grade overridden.");
  };
  return (
    <details>
      <summary className={`${ui.small} ${ui.muted}`}>Override the grade</summary>
      <form onSubmit={onSubmit} className={ui.inline} aria-label={`Override ${exerciseSlug}`} style={{ marginTop: 8, flexWrap: "wrap" }}>
        <label className={ui.inline}>
          <span>Points</span>
          <input
            className={ui.input}
            type="number"
            name="overrideScore"
            min={0}
            max={points}
            step={0.01}
            value={score}
            onChange={(event) => setScore(event.target.value)}
            required
            style={{ width: 90 }}
          />
          <span className={ui.muted}>of {points}</span>
        </label>
        <label className={ui.inline} style={{ flex: "1 1 220px" }}>
          <span>Reason</span>
          <input
            className={ui.input}
            name="overrideReason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={1000}
            required
            style={{ flex: 1 }}
          />
        </label>
        <button type="submit" className="button" disabled={isPending}>
          Save override
        </button>
        {isOverridden && (
          <button
            type="button"
            className="button button-quiet"
            disabled={isPending || reason.trim() === ""}
            title="Give a reason first"
            onClick={() => send(null, "Override lifted.")}
          >
            Lift override
          </button>
        )}
        <ActionMessage message={message} />
      </form>
    </details>
  );
}
