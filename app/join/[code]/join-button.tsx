"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";

/** Joins the course of this link's code, then opens it. */
export function JoinButton({ code }: { code: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  async function join() {
    setPending(true);
    setError(null);
    try {
      const { courseId } = await callApi<{ courseId: string }>("/api/courses/join", { method: "POST", body: { code } });
      router.push(`/courses/${courseId}`);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.message : "Could not join.");
      setPending(false);
    }
  }
  return (
    <div className={ui.inline}>
      <button type="button" className="button button-primary" onClick={join} disabled={isPending}>
        {isPending ? "Joining…" : "Join this course"}
      </button>
      {error && (
        <span className={ui.error} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
