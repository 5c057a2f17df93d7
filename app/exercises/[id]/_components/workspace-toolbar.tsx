import { formatSeconds, policySummary } from "@/app/_components/policy-summary";
import type { SetRules } from "./types";
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
  rules: SetRules | null;
  /** The interval the server enforces (0: none), and the seconds left before the next submit. */
  submitIntervalSeconds: number;
  secondsLeft: number;
  /** The last submit was refused for coming too early (nothing was recorded). */
  wasRefused: boolean;
  onRun(): void;
  onSubmit(): void;
  onReset(): void;
}

/** Run / Submit / Reset, what each one checks, and whether the draft is saved. */
export function WorkspaceToolbar({
  busy,
  ready,
  saveStatus,
  exampleCount,
  hiddenCount,
  rules,
  submitIntervalSeconds,
  secondsLeft,
  wasRefused,
  onRun,
  onSubmit,
  onReset,
}: Props) {
  const disabled = busy !== null || !ready;
  const isWaiting = secondsLeft > 0;
  const examples = `${exampleCount} example${exampleCount === 1 ? "" : "s"}`;
  const hidden = hiddenCount === null ? "the hidden tests" : describeHidden(hiddenCount);
  return (
    <div className="toolbar">
      <div className="toolbar-actions">
        <button
          type="button"
          className="button"
          onClick={onRun}
          disabled={disabled}
          aria-keyshortcuts="Control+Enter"
          title="Run the examples (Ctrl/Cmd+Enter)"
        >
          {busy === "run" ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">▶</span>}
          {busy === "run" ? "Running…" : "Run"}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={onSubmit}
          disabled={disabled || isWaiting}
          title="Grade against every test and record it"
          aria-describedby={isWaiting ? "submit-wait" : undefined}
        >
          {busy === "submit" && <span className="spinner" aria-hidden="true" />}
          {busy === "submit" ? "Submitting…" : "Submit"}
        </button>
        {isWaiting && (
          <span id="submit-wait" className={`submit-wait${wasRefused ? " refused" : ""}`} role="timer" aria-live="off" data-testid="submit-wait">
            {wasRefused ? "Not recorded: submitted too early. " : ""}Next submit in <span className="num">{secondsLeft} s</span>
          </span>
        )}
      </div>
      <div className="toolbar-side">
        <span className={`save-status save-${saveStatus}`} role="status" aria-live="polite">
          {SAVE_LABELS[saveStatus]}
        </span>
        <button type="button" className="button button-quiet" onClick={onReset} disabled={disabled}>
          Reset to starter
        </button>
      </div>
      {rules ? (
        <p className="toolbar-rules" data-testid="set-rules">
          Set rules: {policySummary(rules).join(" · ")}
        </p>
      ) : (
        submitIntervalSeconds > 0 && (
          <p className="toolbar-rules" data-testid="set-rules">
            One of your problem sets allows one submit of this exercise every {formatSeconds(submitIntervalSeconds)}.
          </p>
        )
      )}
      <p className="toolbar-hint" id="editor-keys" data-testid="toolbar-hint">
        Run checks the {examples} · Submit also runs {hidden} · <kbd className="kbd">Ctrl/⌘+Enter</kbd> runs · In the editor, Tab indents:{" "}
        <kbd className="kbd">Ctrl+M</kbd> (<kbd className="kbd">⌃⇧M</kbd> on a Mac) switches Tab to moving focus out
      </p>
    </div>
  );
}

/** "37 hidden tests and 8 robustness checks" */
function describeHidden({ hidden, robustness }: { hidden: number; robustness: number }): string {
  const tests = `${hidden} hidden test${hidden === 1 ? "" : "s"}`;
  return robustness === 0 ? tests : `${tests} and ${robustness} robustness check${robustness === 1 ? "" : "s"}`;
}
