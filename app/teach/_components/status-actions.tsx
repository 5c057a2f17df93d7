"use client";

import { useRouter } from "next/navigation";
import { callApi } from "@/app/_components/api-client";
import ui from "@/app/_components/ui.module.css";
import type { EditorSet } from "./editor-set";

type Run = (action: () => Promise<string | void>, success: string) => Promise<void>;

/** Publish / unpublish / close / reopen / delete, each after saving pending edits where it makes sense. */
export function StatusActions({ set, isPending, run, save }: { set: EditorSet; isPending: boolean; run: Run; save: () => Promise<string> }) {
  const router = useRouter();
  const status = (next: string) => async () => {
    await callApi(`/api/teach/problem-sets/${encodeURIComponent(set.id)}/status`, { method: "POST", body: { status: next } });
  };
  const saveThen = (next: string) => async () => {
    await save();
    await status(next)();
  };
  const remove = async () => {
    const { courseId } = await callApi<{ courseId: string }>(`/api/teach/problem-sets/${encodeURIComponent(set.id)}`, { method: "DELETE" });
    router.push(`/teach/courses/${courseId}`);
  };

  return (
    <>
      {set.status === "draft" && (
        <>
          <button
            type="button"
            className={`button button-quiet ${ui.danger}`}
            disabled={isPending}
            onClick={() => window.confirm(`Delete the draft “${set.title}”?`) && run(remove, "Deleted.")}
          >
            Delete draft
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={isPending}
            onClick={() => run(saveThen("published"), "Published: learners of the course can see it.")}
          >
            Save and publish
          </button>
        </>
      )}
      {set.status === "published" && (
        <>
          <button
            type="button"
            className="button"
            disabled={isPending}
            onClick={() =>
              window.confirm(`Unpublish “${set.title}”? Its learners stop seeing it (their work is kept) until you publish it again.`) &&
              run(saveThen("draft"), "Back to draft: learners no longer see it.")
            }
          >
            Unpublish
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={isPending}
            onClick={() =>
              window.confirm("Close the set? Later submissions are practice and no longer count in the gradebook.") && run(saveThen("closed"), "Closed.")
            }
          >
            Close set
          </button>
        </>
      )}
      {set.status === "closed" && (
        <button type="button" className="button button-primary" disabled={isPending} onClick={() => run(status("published"), "Reopened.")}>
          Reopen
        </button>
      )}
    </>
  );
}
