"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";

interface Props {
  problemSetId: string;
  title: string;
  courseId: string;
  /** The courses the instructor may copy into (their own; every course for an admin). */
  courses: { id: string; title: string }[];
  hasDates: boolean;
}

/** Duplicate a set as a draft, into this course or another one the instructor teaches; dates cleared or kept. */
export function DuplicateDialog({ problemSetId, title, courseId, courses, hasDates }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState(courseId);
  const [copyTitle, setCopyTitle] = useState(`${title} (copy)`);
  const [keepDates, setKeepDates] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const onTarget = (id: string) => {
    setTarget(id);
    setCopyTitle(id === courseId ? `${title} (copy)` : title);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const copy = await callApi<{ id: string }>(`/api/teach/problem-sets/${encodeURIComponent(problemSetId)}/duplicate`, {
        method: "POST",
        body: { courseId: target, keepDates, title: copyTitle },
      });
      router.push(`/teach/sets/${copy.id}`);
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.message : "Could not duplicate the set.");
      setPending(false);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        Duplicate
      </button>
      <dialog ref={dialog} aria-labelledby="duplicate-title" className={ui.dialog}>
        <form onSubmit={onSubmit} className={ui.form}>
          <h2 id="duplicate-title">Duplicate &ldquo;{title}&rdquo;</h2>
          <p className={`${ui.small} ${ui.muted}`}>
            The copy is a draft with the same exercises, points and rules. Submissions, extensions and overrides are never copied.
          </p>
          <label className={ui.field}>
            <span>Into the course</span>
            <select className={ui.select} value={target} onChange={(event) => onTarget(event.target.value)}>
              {courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.title}
                  {course.id === courseId ? " (this course)" : ""}
                </option>
              ))}
            </select>
          </label>
          <label className={ui.field}>
            <span>Title of the copy</span>
            <input className={ui.input} value={copyTitle} onChange={(event) => setCopyTitle(event.target.value)} maxLength={200} required />
          </label>
          <fieldset className={ui.field} style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className={ui.legend}>Dates</legend>
            <label className={ui.inline}>
              <input type="radio" name="dates" checked={!keepDates} onChange={() => setKeepDates(false)} /> Clear them (set new ones in the copy)
            </label>
            <label className={ui.inline}>
              <input type="radio" name="dates" checked={keepDates} onChange={() => setKeepDates(true)} disabled={!hasDates} /> Keep the opening and due dates
            </label>
          </fieldset>
          {error && (
            <p className={ui.error} role="alert">
              {error}
            </p>
          )}
          <div className={ui.inline} style={{ justifyContent: "flex-end" }}>
            <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={isPending}>
              Duplicate
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
