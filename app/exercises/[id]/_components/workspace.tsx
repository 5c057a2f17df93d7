"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useEffectiveTheme } from "@/app/_components/use-effective-theme";
import { ApiCallError } from "@/app/_components/api-client";
import { loadSubmission, runCode, submitCode } from "./api";
import type { CodeEditorHandle } from "./code-editor";
import { GivenPanel } from "./given-panel";
import { HistoryPanel } from "./history-panel";
import type { PlotInput } from "./plots/plot-data";
import { ResultsPanel, type ShownResult } from "./results-panel";
import type { GivenSource, HistoryEntry } from "./types";
import { readLocalDraft, useDraftAutosave } from "./use-draft-autosave";
import { WorkspaceToolbar } from "./workspace-toolbar";

// Monaco and its workers are fetched only here, on exercise pages, and never rendered on the server.
const CodeEditor = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: () => <div className="editor-loading">Loading the editor…</div>,
});

interface Props {
  exerciseId: string;
  starter: string;
  serverDraft: { code: string; updatedAt: string } | null;
  history: HistoryEntry[];
  exampleCount: number;
  hiddenCount: { hidden: number; robustness: number } | null;
  /** The exercise's plots with their examples' data; empty for most exercises. */
  plots: PlotInput[];
  /** Helpers the exercise gives (public): a read-only tab, and their types in the editor. */
  given: GivenSource[];
  storageProblem: string | null;
}

type Busy = "run" | "submit" | null;

/** The right column: editor, Run / Submit, results and history. */
export function Workspace({ exerciseId, starter, serverDraft, history: initialHistory, exampleCount, hiddenCount, plots, given, storageProblem }: Props) {
  const router = useRouter();
  const theme = useEffectiveTheme();
  const editor = useRef<CodeEditorHandle | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  const [initialCode, setInitialCode] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [shown, setShown] = useState<ShownResult | null>(null);
  const [error, setError] = useState<{ title?: string; message: string } | null>(storageProblem ? { message: storageProblem } : null);
  const [history, setHistory] = useState(initialHistory);
  const [tab, setTab] = useState<"results" | "history" | "given">("results");
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const autosave = useDraftAutosave(exerciseId);

  // The starting text: the server's draft, unless this browser holds newer unsaved typing
  // (written while the server was unreachable), which then wins and is saved again.
  // Only once per exercise: later server refreshes must not overwrite what is being typed.
  const startedFor = useRef<string | null>(null);
  const { schedule: scheduleSave, markSaved } = autosave;
  useEffect(() => {
    if (startedFor.current === exerciseId) return;
    startedFor.current = exerciseId;
    const local = readLocalDraft(exerciseId);
    const serverTime = serverDraft ? Date.parse(serverDraft.updatedAt) : 0;
    const code = local && !local.synced && local.savedAt > serverTime && local.code !== (serverDraft?.code ?? starter) ? local.code : (serverDraft?.code ?? starter);
    // localStorage exists only in the browser, after hydration: the editor's first text can only
    // be chosen in an effect (the editor itself is client-only and waits for it).
    setInitialCode(code);
    if (code !== (serverDraft?.code ?? starter)) scheduleSave(code);
    else if (serverDraft) markSaved(code);
  }, [exerciseId, serverDraft, starter, scheduleSave, markSaved]);

  const grade = useCallback(
    async (mode: "run" | "submit") => {
      const code = editor.current?.getValue();
      if (code === undefined || busy) return;
      setBusy(mode);
      setError(null);
      editor.current?.setCompileError(null);
      try {
        if (mode === "run") {
          setShown({ source: "run", result: await runCode(exerciseId, code) });
        } else {
          const { submissionId, result } = await submitCode(exerciseId, code);
          const createdAt = new Date().toISOString();
          setShown({ source: "submit", result, createdAt });
          setHistory((entries) => [
            {
              id: submissionId,
              verdict: result.verdict,
              passed: result.passed,
              total: result.total,
              robustPassed: result.robustness?.passed ?? 0,
              robustTotal: result.robustness?.total ?? 0,
              durationMs: result.durationMs,
              createdAt,
            },
            ...entries,
          ]);
          setSelectedId(submissionId);
          autosave.markSaved(code); // the submission stored this code as the draft
          router.refresh(); // the status badge and the catalog reflect the new attempt
        }
        setTab("results");
      } catch (caught) {
        const message = caught instanceof ApiCallError ? caught.message : "Something went wrong. Your code is still in the editor.";
        setError({ title: mode === "submit" ? "Your submission was not recorded." : "Your code could not be run.", message });
      } finally {
        setBusy(null);
      }
    },
    [busy, exerciseId, autosave, router],
  );

  useEffect(() => {
    if (shown?.result.compileError) editor.current?.setCompileError(shown.result.compileError);
    panel.current?.scrollTo({ top: 0 }); // a new result starts at its verdict
  }, [shown]);

  // Ctrl/Cmd+Enter runs from anywhere on the page (inside the editor, Monaco's command does it).
  const gradeRef = useRef(grade);
  useEffect(() => {
    gradeRef.current = grade;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
      if ((event.target as HTMLElement | null)?.closest?.(".monaco-editor")) return;
      event.preventDefault();
      void gradeRef.current("run");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const openSubmission = async (submissionId: string) => {
    setLoadingId(submissionId);
    setError(null);
    try {
      const { submission } = await loadSubmission(submissionId);
      editor.current?.replaceValue(submission.code);
      setShown({ source: "history", result: submission.result, createdAt: submission.createdAt });
      setSelectedId(submissionId);
      setTab("results");
    } catch (caught) {
      setError({ message: caught instanceof ApiCallError ? caught.message : "This submission could not be loaded." });
    } finally {
      setLoadingId(null);
    }
  };

  // "Reopen in editor" (from /history) links here with ?submission=<id>: once the editor is up,
  // load it as if picked in the History tab, then drop the parameter so a reload keeps the typing.
  const openedFromUrl = useRef(false);
  const openSubmissionFromUrl = () => {
    if (openedFromUrl.current) return;
    openedFromUrl.current = true;
    const submissionId = new URLSearchParams(window.location.search).get("submission");
    if (!submissionId) return;
    window.history.replaceState(null, "", window.location.pathname);
    void openSubmission(submissionId);
  };

  const resetToStarter = () => {
    if (!editor.current) return;
    if (editor.current.getValue() !== starter && !window.confirm("Replace your code with the starter? (Ctrl+Z in the editor undoes it.)")) return;
    editor.current.replaceValue(starter);
    editor.current.focus();
  };

  return (
    <section className="workspace" aria-label="Your solution">
      <WorkspaceToolbar
        busy={busy}
        ready={initialCode !== null}
        saveStatus={autosave.status}
        exampleCount={exampleCount}
        hiddenCount={hiddenCount}
        onRun={() => void grade("run")}
        onSubmit={() => void grade("submit")}
        onReset={resetToStarter}
      />
      <div className="editor-frame">
        {initialCode !== null && (
          <CodeEditor
            path={`file:///${exerciseId}/solution.ts`}
            initialValue={initialCode}
            extraLibs={given}
            theme={theme}
            onChange={autosave.schedule}
            onRunShortcut={() => void gradeRef.current("run")}
            onReady={(handle) => {
              editor.current = handle;
              openSubmissionFromUrl();
            }}
          />
        )}
      </div>
      <div className="bottom-panel">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === "results"} className="tab" onClick={() => setTab("results")}>
            Results
          </button>
          <button type="button" role="tab" aria-selected={tab === "history"} className="tab" onClick={() => setTab("history")}>
            History{history.length > 0 && <span className="tab-count">{history.length}</span>}
          </button>
          {given.length > 0 && (
            <button type="button" role="tab" aria-selected={tab === "given"} className="tab" onClick={() => setTab("given")}>
              Given
            </button>
          )}
        </div>
        <div className="panel-body" role="tabpanel" ref={panel}>
          {error && (
            <div className="callout callout-bad" role="alert">
              {error.title && <strong>{error.title} </strong>}
              {error.message}
            </div>
          )}
          {tab === "results" && <ResultsPanel shown={shown} exampleCount={exampleCount} plots={plots} />}
          {tab === "history" && (
            <HistoryPanel entries={history} selectedId={selectedId} loadingId={loadingId} onSelect={(entry) => void openSubmission(entry.id)} />
          )}
          {tab === "given" && <GivenPanel given={given} />}
        </div>
      </div>
    </section>
  );
}
