"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";

/** Leaves the course after a confirmation (the learner's submissions stay theirs). */
export function LeaveButton({ courseId, title }: { courseId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function leave() {
    if (!window.confirm(`Leave “${title}”? Your submissions stay yours; you can join again with the code.`)) return;
    try {
      await callApi(`/api/courses/${encodeURIComponent(courseId)}/enrollment`, { method: "DELETE" });
      router.push("/courses");
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.message : "Could not leave the course.");
    }
  }
  return (
    <span className={ui.inline}>
      <button type="button" className="button button-quiet" onClick={leave}>
        Leave course
      </button>
      {error && <span className={ui.error}>{error}</span>}
    </span>
  );
}
