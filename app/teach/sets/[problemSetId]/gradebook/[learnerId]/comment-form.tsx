"use client";

import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import { ActionMessage } from "../../../../_components/action-message";
import { useStaffAction } from "../../../../_components/use-staff-action";

/** Adds a comment to a submission; the learner reads it on the submission's page. */
export function CommentForm({ problemSetId, submissionId }: { problemSetId: string; submissionId: string }) {
  const [body, setBody] = useState("");
  const { run, message, isPending } = useStaffAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(
      () => callApi(`/api/teach/problem-sets/${encodeURIComponent(problemSetId)}/comments`, { method: "POST", body: { submissionId, body } }),
      "Comment added: the learner sees it with this submission.",
    );
    if (ok) setBody("");
  };
  return (
    <form onSubmit={onSubmit} className={ui.form} aria-label="Comment on this submission">
      <label className={ui.field}>
        <span>Comment for the learner</span>
        <textarea className={ui.textarea} name="comment" value={body} onChange={(event) => setBody(event.target.value)} maxLength={4000} required rows={2} />
      </label>
      <div className={ui.inline}>
        <button type="submit" className="button" disabled={isPending}>
          Add comment
        </button>
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
