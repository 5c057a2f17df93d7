import type { GradeResult } from "@/lib/grading/types";
import { ResultPlots } from "./plots/lazy-result-plots";
import type { PlotInput } from "./plots/plot-data";
import { RobustnessReport } from "./robustness-report";
import type { WorkspaceSetContext } from "./types";
import { Field, TestList } from "./test-list";
import { verdictLabel, verdictTone } from "./verdict";

export interface ShownResult {
  /** "last": the latest stored submission, shown when the exercise is reopened. */
  source: "run" | "submit" | "history" | "last";
  result: GradeResult;
  /** For stored submissions: when it was made (ISO). */
  createdAt?: string;
}

/** The outcome of a Run or Submit, or of a past submission picked in History. */
export function ResultsPanel({
  shown,
  exampleCount,
  plots = [],
  setContext = null,
}: {
  shown: ShownResult | null;
  exampleCount: number;
  plots?: PlotInput[];
  setContext?: WorkspaceSetContext | null;
}) {
  if (!shown) {
    return (
      <p className="results-empty">
        Run your code to check it on the {exampleCount} example{exampleCount === 1 ? "" : "s"}, or Submit it to the full test suite. Results appear here
        {plots.length > 0 ? ", with plots of your results next to the expected ones." : "."}
      </p>
    );
  }
  // Stored submissions keep no output values: plots are drawn for fresh Run and Submit results only.
  const hasPlots = plots.length > 0 && (shown.source === "run" || shown.source === "submit") && shown.result.tests.some((test) => !test.hidden);
  const { result } = shown;
  const tone = verdictTone(result.verdict);
  const runNotice = result.mode === "run" && result.notRun > 0 && !/not run/i.test(result.message ?? "");
  return (
    <div className="results" data-testid="results" data-verdict={result.verdict}>
      <div className={`verdict tone-${tone}`} data-testid="verdict">
        {/* "Accepted" belongs to a submission: a Run only checks the visible examples. */}
        <span className="verdict-label" data-testid="verdict-label">
          {shown.source === "run" && result.verdict === "accepted" ? "Examples passed" : verdictLabel(result.verdict)}
        </span>
        <span className="verdict-context" data-testid="verdict-context" suppressHydrationWarning>
          {shown.source === "run"
            ? "Run · examples only"
            : shown.source === "submit"
              ? "Submission"
              : shown.source === "last"
                ? `Your last submission, ${formatTime(shown.createdAt)}`
                : `Submission of ${formatTime(shown.createdAt)}`}
          {result.durationMs > 0 && ` · ${Math.round(result.durationMs)} ms`}
        </span>
        {result.robustness && result.robustness.total > 0 && (
          <span className={`verdict-robust ${result.robustness.passed === result.robustness.total ? "tone-ok" : "tone-warn"}`}>
            {result.robustness.passed === result.robustness.total ? "· robust" : `· robustness ${result.robustness.passed}/${result.robustness.total}`}
          </span>
        )}
      </div>
      {shown.source === "submit" && result.verdict === "accepted" && setContext && (
        <p className="results-next">
          {setContext.next ? (
            <a href={setContext.next.href} className="button button-primary" data-testid="next-exercise">
              Next: {setContext.next.title} →
            </a>
          ) : (
            <a href={setContext.setHref} className="button" data-testid="next-exercise">
              Last exercise of “{setContext.setTitle}”: back to the set
            </a>
          )}
        </p>
      )}
      {!result.compileError && <p className="results-summary">{result.message ?? `${result.passed}/${result.total} tests passed`}</p>}
      {runNotice && (
        <p className="results-notice">
          {result.notRun} hidden test{result.notRun === 1 ? "" : "s"} not run yet (Submit runs them).
        </p>
      )}
      {result.compileError && (
        <div className="callout callout-bad">
          <strong>
            {result.compileError.line !== null
              ? `Line ${result.compileError.line}${result.compileError.column !== null ? `, column ${result.compileError.column}` : ""}: `
              : ""}
          </strong>
          {result.compileError.message}
          {result.compileError.line !== null && <div className="muted">Marked in the editor.</div>}
        </div>
      )}
      {result.mistake && (
        <div className="callout callout-hint" role="note" data-testid="mistake-hint">
          <div className="callout-title">Looks like a known mistake: {result.mistake.title}</div>
          <p>{result.mistake.hint}</p>
        </div>
      )}
      {result.failingCase && (
        <div className="failing-case" data-testid="failing-case">
          <div className="failing-case-title">
            First failing hidden test: <strong>{result.failingCase.testName}</strong>
            {result.failingCase.shrunk && <span className="badge badge-neutral">shrunk to a small counterexample</span>}
          </div>
          {result.failingCase.keepsState ? (
            // It passes when run alone: values from that run would not explain the failure.
            <p className="failing-case-note">
              This test passes when it runs alone, but {result.failingCase.message}. Keep no module-level state: compute everything from the arguments.
            </p>
          ) : (
            <dl className="test-details">
              <Field label="Input" value={result.failingCase.input} />
              <Field label="Expected" value={result.failingCase.expected} />
              <Field label="Actual" value={result.failingCase.actual} />
              <Field label="Message" value={result.failingCase.message} />
            </dl>
          )}
        </div>
      )}
      {hasPlots && <ResultPlots plots={plots} tests={result.tests} />}
      {result.tests.length > 0 && <TestList tests={result.tests} />}
      <RobustnessReport result={result} />
    </div>
  );
}

/** "7 Dec 2026, 01:52": the one time format of the app (as LocalTime's "dateTimeWithYear"), in the reader's zone. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return "";
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
