import type { TestOutcome } from "@/lib/grading/types";

export const ICONS = { passed: "✓", failed: "✗", error: "!" } as const;

/**
 * Visible tests one per row (failed ones opened); hidden required tests summarised, listed on
 * demand. Robustness checks have their own section (RobustnessReport).
 */
export function TestList({ tests }: { tests: TestOutcome[] }) {
  const visible = tests.filter((test) => !test.hidden);
  const hidden = tests.filter((test) => test.hidden && test.tier !== "robustness");
  const hiddenFailed = hidden.filter((test) => test.status !== "passed").length;
  return (
    <div className="tests">
      {visible.map((test, index) => (
        <VisibleTest key={`${index}-${test.name}`} test={test} />
      ))}
      {hidden.length > 0 && (
        <details className="test-row hidden-group" data-testid="test-row">
          <summary>
            <span className={`test-icon ${hiddenFailed ? "tone-bad" : "tone-ok"}`}>{hiddenFailed ? ICONS.failed : ICONS.passed}</span>
            <span className="test-name">Hidden required tests</span>
            <span className="badge badge-neutral">hidden</span>
            <span className="test-status">
              {hidden.length - hiddenFailed} passed{hiddenFailed > 0 && `, ${hiddenFailed} failed`}
            </span>
          </summary>
          <ul className="hidden-tests">
            {hidden.map((test, index) => (
              <li key={`${index}-${test.name}`} className={test.status === "passed" ? "" : "tone-bad"}>
                <span className="test-icon">{ICONS[test.status]}</span> {test.function && <code className="example-function">{test.function}</code>}
                {test.name}
                {test.message && <span className="muted"> — {test.message}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function VisibleTest({ test }: { test: TestOutcome }) {
  const tone = test.status === "passed" ? "tone-ok" : "tone-bad";
  const hasDetails = test.input !== undefined || test.message || test.console;
  return (
    <details className="test-row" data-testid="test-row" open={test.status !== "passed"}>
      <summary>
        <span className={`test-icon ${tone}`} aria-hidden="true">
          {ICONS[test.status]}
        </span>
        <span className="test-name">
          {test.function && <code className="example-function">{test.function}</code>}
          {test.name}
        </span>
        <span className={`test-status ${tone}`}>{test.status}</span>
      </summary>
      {hasDetails && (
        <dl className="test-details">
          {test.input !== undefined && <Field label="Input" value={test.input} />}
          {test.expected !== undefined && <Field label="Expected" value={test.expected} />}
          {test.actual !== undefined && <Field label="Actual" value={test.actual} />}
          {test.message && <Field label="Message" value={test.message} />}
          {test.console && <Field label="Console" value={test.console} />}
        </dl>
      )}
    </details>
  );
}

export function Field({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <pre>{value}</pre>
      </dd>
    </>
  );
}
