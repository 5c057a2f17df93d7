"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";

/** Removes a learner from the course after a confirmation. */
export function RemoveLearnerButton({ courseId, learnerId, email }: { courseId: string; learnerId: string; email: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    if (!window.confirm(`Remove ${email} from the course? Their submissions are kept; they can join again with the code.`)) return;
    try {
      await callApi(`/api/teach/courses/${encodeURIComponent(courseId)}/learners/${encodeURIComponent(learnerId)}`, { method: "DELETE" });
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.message : "Could not remove the learner.");
    }
  }
  return (
    <>
      <button type="button" className={`button button-quiet ${ui.danger}`} onClick={remove} aria-label={`Remove ${email}`}>
        Remove
      </button>
      {error && <span className={ui.error}>{error}</span>}
    </>
  );
}
