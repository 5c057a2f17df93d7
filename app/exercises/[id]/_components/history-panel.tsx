import { isRobustSubmission } from "@/lib/grading/is-robust-submission";
import { formatTime } from "./results-panel";
import type { HistoryEntry } from "./types";
import { verdictLabel, verdictTone } from "./verdict";

/** Past submissions, newest first; picking one loads its code and results. */
export function HistoryPanel({
  entries,
  selectedId,
  loadingId,
  onSelect,
}: {
  entries: HistoryEntry[];
  selectedId: string | null;
  loadingId: string | null;
  onSelect(entry: HistoryEntry): void;
}) {
  if (entries.length === 0) return <p className="results-empty">No submissions yet. Each Submit is kept here with its code and results.</p>;
  return (
    <ul className="history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            className={`history-row${entry.id === selectedId ? " selected" : ""}`}
            data-testid="history-row"
            onClick={() => onSelect(entry)}
            disabled={loadingId !== null}
            title="Load this submission's code and results"
          >
            <span className={`history-verdict tone-${verdictTone(entry.verdict)}`}>{verdictLabel(entry.verdict)}</span>
            <span className="history-score">
              {entry.passed}/{entry.total}
              {entry.robustTotal > 0 && (
                <span
                  className={`history-robust ${isRobustSubmission(entry) ? "tone-ok" : "muted"}`}
                  title={`Robustness checks passed: ${entry.robustPassed} of ${entry.robustTotal}`}
                >
                  {" "}
                  · R {entry.robustPassed}/{entry.robustTotal}
                </span>
              )}
            </span>
            <span className="history-time" suppressHydrationWarning>
              {loadingId === entry.id ? <span className="spinner" aria-label="Loading" /> : formatTime(entry.createdAt)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
