"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";

/** Join a course with the code the instructor gave out. */
export function JoinForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
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
    <form className={ui.inline} onSubmit={onSubmit} aria-label="Join a course">
      <input
        className={ui.input}
        name="code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        placeholder="ABCD-EFGH"
        aria-label="Join code"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        required
        style={{ fontFamily: "var(--font-mono)", textTransform: "uppercase", width: 150 }}
      />
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? "Joining…" : "Join"}
      </button>
      {error && (
        <span className={ui.error} role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
