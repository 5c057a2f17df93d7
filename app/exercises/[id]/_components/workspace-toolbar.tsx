import type { SaveStatus } from "./use-draft-autosave";

const SAVE_LABELS: Record<SaveStatus, string> = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  local: "Not saved — kept in this browser",
};

interface Props {
  busy: "run" | "submit" | null;
  ready: boolean;
  saveStatus: SaveStatus;
  exampleCount: number;
  hiddenCount: { hidden: number; robustness: number } | null;
  onRun(): void;
  onSubmit(): void;
  onReset(): void;
}

/** Run / Submit / Reset, what each one checks, and whether the draft is saved. */
export function WorkspaceToolbar({ busy, ready, saveStatus, exampleCount, hiddenCount, onRun, onSubmit, onReset }: Props) {
  const disabled = busy !== null || !ready;
  const examples = `${exampleCount} example${exampleCount === 1 ? "" : "s"}`;
  const hidden = hiddenCount === null ? "the hidden tests" : describeHidden(hiddenCount);
  return (
    <div className="toolbar">
      <div className="toolbar-actions">
        <button type="button" className="button" onClick={onRun} disabled={disabled} aria-keyshortcuts="Control+Enter" title="Run the examples (Ctrl/Cmd+Enter)">
          {busy === "run" ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">▶</span>}
          {busy === "run" ? "Running…" : "Run"}
        </button>
        <button type="button" className="button button-primary" onClick={onSubmit} disabled={disabled} title="Grade against every test and record it">
          {busy === "submit" && <span className="spinner" aria-hidden="true" />}
          {busy === "submit" ? "Submitting…" : "Submit"}
        </button>
      </div>
      <div className="toolbar-side">
        <span className={`save-status save-${saveStatus}`} role="status" aria-live="polite">
          {SAVE_LABELS[saveStatus]}
        </span>
        <button type="button" className="button button-quiet" onClick={onReset} disabled={disabled}>
          Reset to starter
        </button>
      </div>
      <p className="toolbar-hint" data-testid="toolbar-hint">
        Run checks the {examples} · Submit also runs {hidden} · <kbd className="kbd">Ctrl/⌘+Enter</kbd> runs
      </p>
    </div>
  );
}

/** "37 hidden tests and 8 robustness checks" */
function describeHidden({ hidden, robustness }: { hidden: number; robustness: number }): string {
  const tests = `${hidden} hidden test${hidden === 1 ? "" : "s"}`;
  return robustness === 0 ? tests : `${tests} and ${robustness} robustness check${robustness === 1 ? "" : "s"}`;
}
