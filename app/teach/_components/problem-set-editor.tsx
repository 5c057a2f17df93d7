"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import type { PickableExercise } from "@/lib/problem-sets/filter-catalog";
import type { TLatePolicy, TScoring } from "@/lib/problem-sets/grading-rules";
import type { TRevealPolicy } from "@/lib/problem-sets/problem-set-input";
import { ApiCallError, callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import styles from "./editor.module.css";
import type { EditorSet } from "./editor-set";
import { ExercisePicker } from "./exercise-picker";
import { fromLocalInput, toLocalInput } from "./local-input";
import { ProblemSetStatusBadge } from "./problem-set-status-badge";
import { SelectedExercises } from "./selected-exercises";
import { StatusActions } from "./status-actions";

const MAX_EXERCISES = 50;

const SCORING_OPTIONS: { value: TScoring; label: string }[] = [
  { value: "all_or_nothing", label: "All or nothing (an exercise's points once accepted)" },
  { value: "partial", label: "Partial credit (share of required tests passed by the best submission)" },
];

const LATE_OPTIONS: { value: TLatePolicy; label: string }[] = [
  { value: "accept", label: "Accept, marked late" },
  { value: "penalty", label: "Accept with a penalty" },
  { value: "refuse", label: "Refuse: not counted after the due date" },
];

const REVEAL_OPTIONS: { value: TRevealPolicy; label: string }[] = [
  { value: "always", label: "Always (practice)" },
  { value: "after_due", label: "After the due date (homework)" },
  { value: "never", label: "Never (exam)" },
];

/** Composes a problem set: fields and rules on the left, the catalog picker on the right. */
export function ProblemSetEditor({
  courseId,
  set,
  catalog,
  tracks,
}: {
  courseId: string;
  set: EditorSet | null;
  catalog: PickableExercise[];
  tracks: { id: string; title: string }[];
}) {
  const router = useRouter();
  const [title, setTitle] = useState(set?.title ?? "");
  const [description, setDescription] = useState(set?.description ?? "");
  const [opensAt, setOpensAt] = useState(toLocalInput(set?.opensAt ?? null));
  const [dueAt, setDueAt] = useState(toLocalInput(set?.dueAt ?? null));
  const [reveal, setReveal] = useState<TRevealPolicy>(set?.revealFailingCase ?? "always");
  const [interval, setInterval] = useState(String(set?.submitIntervalSeconds ?? 0));
  const [requireRobust, setRequireRobust] = useState(set?.requireRobust ?? false);
  const [isExam, setExam] = useState(set?.isExam ?? false);
  const [slugs, setSlugs] = useState<string[]>(set?.exerciseSlugs ?? []);
  const [points, setPoints] = useState<Record<string, number>>(set?.itemPoints ?? {});
  const [scoring, setScoring] = useState<TScoring>(set?.scoring ?? "all_or_nothing");
  const [latePolicy, setLatePolicy] = useState<TLatePolicy>(set?.latePolicy ?? "accept");
  const [penalty, setPenalty] = useState(String(set?.latePenaltyPercent ?? 0));
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [isPending, setPending] = useState(false);
  const bySlug = useMemo(() => new Map(catalog.map((exercise) => [exercise.id, exercise])), [catalog]);
  const isLocked = set?.status === "closed";

  const body = () => ({
    title,
    description,
    opensAt: fromLocalInput(opensAt),
    dueAt: fromLocalInput(dueAt),
    revealFailingCase: reveal,
    submitIntervalSeconds: Number(interval) || 0,
    requireRobust,
    isExam,
    exerciseSlugs: slugs,
    itemPoints: Object.fromEntries(slugs.map((slug) => [slug, points[slug] ?? 1])),
    scoring,
    latePolicy,
    latePenaltyPercent: latePolicy === "penalty" ? Number(penalty) || 0 : 0,
  });

  /** Saves the form; returns the set's id (a new set is created as a draft). */
  async function save(): Promise<string> {
    if (set) {
      await confirmLateRelabel(set, fromLocalInput(dueAt));
      await callApi(`/api/teach/problem-sets/${encodeURIComponent(set.id)}`, { method: "PUT", body: body() });
      return set.id;
    }
    const created = await callApi<{ problemSet: { id: string } }>(`/api/teach/courses/${encodeURIComponent(courseId)}/problem-sets`, {
      method: "POST",
      body: body(),
    });
    return created.problemSet.id;
  }

  async function run(action: () => Promise<string | void>, success: string) {
    setPending(true);
    setMessage(null);
    try {
      const id = await action();
      setMessage({ kind: "success", text: success });
      if (!set && id) router.push(`/teach/sets/${id}`);
      else router.refresh();
    } catch (caught) {
      setMessage({ kind: "error", text: caught instanceof ApiCallError ? caught.message : "Something went wrong." });
    } finally {
      setPending(false);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(save, set ? "Saved." : "Draft created.");
  };

  return (
    <form onSubmit={onSubmit} aria-label="Problem set">
      <div className={styles.layout}>
        <div className={ui.card}>
          <fieldset disabled={isLocked} className={ui.form} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <label className={ui.field}>
              <span>Title</span>
              <input className={ui.input} name="title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} required />
            </label>
            <label className={ui.field}>
              <span>Description</span>
              <textarea
                className={ui.textarea}
                name="description"
                value={description}
                onChange={(event) => setDescription(event.target.value)}
                maxLength={5000}
              />
            </label>
            <div className={styles.row}>
              <label className={ui.field}>
                <span>Opens</span>
                <input className={ui.input} type="datetime-local" name="opensAt" value={opensAt} onChange={(event) => setOpensAt(event.target.value)} />
                <span className={ui.hint}>Empty: as soon as it is published.</span>
              </label>
              <label className={ui.field}>
                <span>Due</span>
                <input className={ui.input} type="datetime-local" name="dueAt" value={dueAt} onChange={(event) => setDueAt(event.target.value)} />
                <span className={ui.hint}>Later submissions are late: the late-work rule below says what they count for.</span>
              </label>
            </div>
            <div className={ui.field} role="radiogroup" aria-label="Show the failing hidden case">
              <span className={ui.legend}>Show the failing hidden case</span>
              <div className={styles.radios}>
                {REVEAL_OPTIONS.map((option) => (
                  <label key={option.value}>
                    <input type="radio" name="reveal" value={option.value} checked={reveal === option.value} onChange={() => setReveal(option.value)} />
                    {option.label}
                  </label>
                ))}
              </div>
            </div>
            <label className={ui.field}>
              <span>Seconds between submits of one exercise</span>
              <input
                className={ui.input}
                type="number"
                name="interval"
                min={0}
                max={86400}
                step={1}
                value={interval}
                onChange={(event) => setInterval(event.target.value)}
                style={{ width: 140 }}
              />
              <span className={ui.hint}>0: no limit. A limit keeps the grader from being used as an oracle.</span>
            </label>
            <label className={`${ui.field} ${styles.checkboxField}`}>
              <span>
                <input type="checkbox" name="requireRobust" checked={requireRobust} onChange={(event) => setRequireRobust(event.target.checked)} /> Require
                robustness
              </span>
              <span className={ui.hint}>
                Off: an exercise is solved when every required test passes (the catalog&apos;s contract). On: it counts only when every robustness check passes
                too (input validation, degenerate data, domain edges, extreme magnitudes).
              </span>
            </label>
            <label className={`${ui.field} ${styles.checkboxField}`}>
              <span>
                <input type="checkbox" name="isExam" checked={isExam} onChange={(event) => setExam(event.target.checked)} /> Exam
              </span>
              <span className={ui.hint} data-testid="exam-explanation">
                While this set is open (published, opened and not yet closed, past the due date too), its exercises show no failing hidden case to anyone but
                instructors and admins: not to your learners, not to other courses, not to signed-out visitors. Closing the set ends it.
              </span>
            </label>
            <div className={ui.field} role="radiogroup" aria-label="Scoring">
              <span className={ui.legend}>Scoring</span>
              <div className={styles.radios}>
                {SCORING_OPTIONS.map((option) => (
                  <label key={option.value}>
                    <input type="radio" name="scoring" value={option.value} checked={scoring === option.value} onChange={() => setScoring(option.value)} />
                    {option.label}
                  </label>
                ))}
              </div>
            </div>
            <div className={ui.field} role="radiogroup" aria-label="Late work">
              <span className={ui.legend}>Late work (after a learner&apos;s due date, extensions included)</span>
              <div className={styles.radios}>
                {LATE_OPTIONS.map((option) => (
                  <label key={option.value}>
                    <input
                      type="radio"
                      name="latePolicy"
                      value={option.value}
                      checked={latePolicy === option.value}
                      onChange={() => setLatePolicy(option.value)}
                    />
                    {option.label}
                  </label>
                ))}
              </div>
              {latePolicy === "penalty" && (
                <label className={ui.inline}>
                  <input
                    className={ui.input}
                    type="number"
                    name="latePenaltyPercent"
                    min={1}
                    max={100}
                    step={1}
                    value={penalty}
                    onChange={(event) => setPenalty(event.target.value)}
                    style={{ width: 90 }}
                  />
                  <span>% of the exercise&apos;s points off</span>
                </label>
              )}
            </div>
            <div className={ui.field}>
              <span className={ui.legend}>
                Exercises ({slugs.length}/{MAX_EXERCISES})
              </span>
              <SelectedExercises slugs={slugs} bySlug={bySlug} isLocked={isLocked} onChange={setSlugs} points={points} onPointsChange={setPoints} />
            </div>
          </fieldset>
        </div>
        <div className={ui.card}>
          <h3 style={{ marginBottom: 10 }}>Catalog</h3>
          <ExercisePicker
            catalog={catalog}
            tracks={tracks}
            selected={slugs}
            isFull={slugs.length >= MAX_EXERCISES || isLocked}
            onAdd={(id) => setSlugs([...slugs, id])}
          />
        </div>
      </div>
      <div className={styles.statusBar}>
        <div className={ui.inline}>
          {set ? <ProblemSetStatusBadge status={set.status} /> : <span className="badge badge-neutral">New draft</span>}
          {message && (
            <span className={message.kind === "error" ? ui.error : ui.success} role={message.kind === "error" ? "alert" : "status"}>
              {message.text}
            </span>
          )}
          {isLocked && <span className={ui.hint}>Closed sets cannot be edited: reopen it first.</span>}
        </div>
        <div className={ui.inline}>
          {set && set.status !== "draft" && <Link href={`/teach/sets/${set.id}/gradebook`}>Gradebook</Link>}
          {!isLocked && (
            <button type="submit" className="button" disabled={isPending}>
              {set ? "Save" : "Save draft"}
            </button>
          )}
          {set && <StatusActions set={set} isPending={isPending} run={run} save={save} />}
        </div>
      </div>
    </form>
  );
}

/**
 * Before a published set's due date moves: asks the server how many accepted exercises would
 * turn late, and lets the instructor stop when any would. Throws ApiCallError when declined.
 */
async function confirmLateRelabel(set: EditorSet, nextDueAt: string | null): Promise<void> {
  if (set.status !== "published" || sameInstant(set.dueAt, nextDueAt)) return;
  const query = new URLSearchParams({ dueAt: nextDueAt ?? "" });
  const preview = await callApi<{ becomeLate: number; learners: number }>(`/api/teach/problem-sets/${encodeURIComponent(set.id)}/late-preview?${query}`, {
    method: "GET",
  });
  if (preview.becomeLate === 0) return;
  const items = `${preview.becomeLate} accepted exercise${preview.becomeLate === 1 ? "" : "s"}`;
  const learners = `${preview.learners} learner${preview.learners === 1 ? "" : "s"}`;
  if (!window.confirm(`With this due date, ${items} of ${learners} will be marked late (they were on time). Save anyway?`)) {
    throw new ApiCallError("Not saved: the due date is unchanged.", 0);
  }
}

function sameInstant(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
}
