import type { GradeResult } from "@/lib/grading/types";
import { ResultPlots } from "./plots/lazy-result-plots";
import type { PlotInput } from "./plots/plot-data";
import { RobustnessReport } from "./robustness-report";
import { Field, TestList } from "./test-list";
import { verdictLabel, verdictTone } from "./verdict";

export interface ShownResult {
  source: "run" | "submit" | "history";
  result: GradeResult;
  /** For stored submissions: when it was made (ISO). */
  createdAt?: string;
}

/** The outcome of a Run or Submit, or of a past submission picked in History. */
export function ResultsPanel({ shown, exampleCount, plots = [] }: { shown: ShownResult | null; exampleCount: number; plots?: PlotInput[] }) {
  if (!shown) {
    return (
      <p className="results-empty">
        Run your code to check it on the {exampleCount} example{exampleCount === 1 ? "" : "s"}, or Submit it to the full test suite. Results appear here
        {plots.length > 0 ? ", with plots of your results next to the expected ones." : "."}
      </p>
    );
  }
  // Stored submissions keep no output values: plots are drawn for fresh Run and Submit results only.
  const hasPlots = plots.length > 0 && shown.source !== "history" && shown.result.tests.some((test) => !test.hidden);
  const { result } = shown;
  const tone = verdictTone(result.verdict);
  const runNotice = result.mode === "run" && result.notRun > 0 && !/not run/i.test(result.message ?? "");
  return (
    <div className="results" data-testid="results" data-verdict={result.verdict}>
      <div className={`verdict tone-${tone}`} data-testid="verdict">
        <span className="verdict-label" data-testid="verdict-label">{verdictLabel(result.verdict)}</span>
        <span className="verdict-context">
          {shown.source === "run" ? "Run · examples only" : shown.source === "submit" ? "Submission" : `Submission of ${formatTime(shown.createdAt)}`}
          {result.durationMs > 0 && ` · ${Math.round(result.durationMs)} ms`}
        </span>
        {result.robustness && result.robustness.total > 0 && (
          <span className={`verdict-robust ${result.robustness.passed === result.robustness.total ? "tone-ok" : "tone-warn"}`}>
            {result.robustness.passed === result.robustness.total ? "· robust" : `· robustness ${result.robustness.passed}/${result.robustness.total}`}
          </span>
        )}
      </div>
      {!result.compileError && <p className="results-summary">{result.message ?? `${result.passed}/${result.total} tests passed`}</p>}
      {runNotice && (
        <p className="results-notice">
          {result.notRun} hidden test{result.notRun === 1 ? "" : "s"} not run yet (Submit runs them).
        </p>
      )}
      {result.compileError && (
        <div className="callout callout-bad">
          <strong>
            {result.compileError.line !== null ? `Line ${result.compileError.line}${result.compileError.column !== null ? `, column ${result.compileError.column}` : ""}: ` : ""}
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
              This test passes when it runs alone, but {result.failingCase.message}. Keep no module-level state: compute everything from the
              arguments.
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

export function formatTime(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleString([], { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}
