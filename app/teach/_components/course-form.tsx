"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";

const MAX_TITLE = 120;
const MAX_DESCRIPTION = 5000;

/** Creates a course (then opens it) or edits one (then refreshes). */
export function CourseForm({ course, onDone }: { course?: { id: string; title: string; description: string }; onDone?: () => void }) {
  const router = useRouter();
  const [title, setTitle] = useState(course?.title ?? "");
  const [description, setDescription] = useState(course?.description ?? "");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      if (course) {
        await callApi(`/api/teach/courses/${encodeURIComponent(course.id)}`, { method: "PATCH", body: { title, description } });
        onDone?.();
        router.refresh();
        setPending(false);
      } else {
        const created = await callApi<{ course: { id: string } }>("/api/teach/courses", { method: "POST", body: { title, description } });
        router.push(`/teach/courses/${created.course.id}`);
      }
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.message : "Could not save the course.");
      setPending(false);
    }
  }

  return (
    <form className={ui.form} onSubmit={onSubmit} aria-label={course ? "Edit course" : "New course"}>
      <label className={ui.field}>
        <span>Title</span>
        <input className={ui.input} name="title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={MAX_TITLE} required />
      </label>
      <label className={ui.field}>
        <span>Description</span>
        <textarea
          className={ui.textarea}
          name="description"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={MAX_DESCRIPTION}
          placeholder="What the course covers, when it meets, how it is graded."
        />
        <span className={ui.hint}>
          {description.length}/{MAX_DESCRIPTION}
        </span>
      </label>
      {error && (
        <p className={ui.error} role="alert">
          {error}
        </p>
      )}
      <div className={ui.inline}>
        <button type="submit" className="button button-primary" disabled={isPending}>
          {isPending ? "Saving…" : course ? "Save" : "Create course"}
        </button>
        {onDone && (
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
