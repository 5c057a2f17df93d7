import type { GradeResult, TestOutcome } from "@/lib/grading/types";
import { Field, ICONS } from "./test-list";

/**
 * The robustness tier of a submission: checks beyond the catalog's contract (validation, degenerate
 * data, domain edges, extreme magnitudes). They never change the verdict, and they are not secrets:
 * a failing check is shown whole so it can teach.
 */
export function RobustnessReport({ result }: { result: GradeResult }) {
  const report = result.robustness;
  if (!report || report.total === 0) return null;
  const checks = result.tests.filter((test) => test.tier === "robustness");
  const failing = checks.filter((test) => test.status !== "passed");
  const robust = report.passed === report.total;
  return (
    <section className="robustness" aria-label="Robustness checks" data-robust={robust}>
      <h3 className="robustness-title">
        <span className={robust ? "tone-ok" : "tone-warn"}>{robust ? "✓ Robust" : `Robustness ${report.passed}/${report.total}`}</span>
        <span className="badge badge-neutral">optional</span>
      </h3>
      <p className="robustness-intro">
        {robust
          ? "Your function also handles every check beyond the contract: invalid input, degenerate data, domain edges and extreme magnitudes."
          : "Checks beyond the contract (invalid input, degenerate data, domain edges, extreme magnitudes). They do not change the verdict; a problem set may require them."}
      </p>
      {report.stopped && <p className="results-notice">Robustness checks {report.stopped}.</p>}
      {report.mistake && (
        <div className="callout callout-hint" role="note">
          <div className="callout-title">Looks like a known mistake: {report.mistake.title}</div>
          <p>{report.mistake.hint}</p>
        </div>
      )}
      {checks.length > 0 && (
        <div className="tests">
          {failing.map((test, index) => (
            <FailingCheck key={`${index}-${test.name}`} test={test} />
          ))}
          {checks.length > failing.length && (
            <details className="test-row" data-testid="test-row">
              <summary>
                <span className="test-icon tone-ok">{ICONS.passed}</span>
                <span className="test-name">Passed checks</span>
                <span className="test-status">{checks.length - failing.length} passed</span>
              </summary>
              <ul className="hidden-tests">
                {checks
                  .filter((test) => test.status === "passed")
                  .map((test, index) => (
                    <li key={`${index}-${test.name}`}>
                      <span className="test-icon">{ICONS.passed}</span> {test.name}
                    </li>
                  ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}

/** Opened by default: input, expected and actual when the grader sent them (fresh results), else the message. */
function FailingCheck({ test }: { test: TestOutcome }) {
  return (
    <details className="test-row" data-testid="test-row" open={test.input !== undefined}>
      <summary>
        <span className="test-icon tone-warn" aria-hidden="true">
          {ICONS[test.status]}
        </span>
        <span className="test-name">
          {test.function && <code className="example-function">{test.function}</code>}
          {test.name}
        </span>
        <span className="test-status tone-warn">{test.status === "error" ? "error" : "failed"}</span>
      </summary>
      <dl className="test-details">
        {test.input !== undefined && <Field label="Input" value={test.input} />}
        {test.expected !== undefined && <Field label="Expected" value={test.expected} />}
        {test.actual !== undefined && <Field label="Actual" value={test.actual} />}
        {test.message && <Field label="Message" value={test.message} />}
      </dl>
    </details>
  );
}
