"use client";

import type { TestOutcome } from "@/lib/grading/types";
import { useEffectiveTheme } from "@/app/_components/use-effective-theme";
import { CorrelationMatrixPlot } from "./correlation-matrix-plot";
import { FitLinePlot } from "./fit-line-plot";
import { GroupDistributionPlot } from "./group-distribution-plot";
import { LossCurvePlot } from "./loss-curve-plot";
import { paletteOf } from "./palette";
import { parseEncoded, type PlotInput } from "./plot-data";
import "./plots.css";

const TITLES = {
  "fit-line": "Fitted line",
  "loss-curve": "Training loss",
  "group-distribution": "Per-group summary",
  "correlation-matrix": "Correlation matrix",
} as const;

function exampleTest(tests: TestOutcome[], name: string): TestOutcome | undefined {
  return tests.find((candidate) => candidate.kind === "example" && candidate.name === name);
}

/** The learner's value for another visible example (a fit-line's `compare`), or undefined. */
function actualOf(tests: TestOutcome[], name: string): unknown {
  return parseEncoded(exampleTest(tests, name)?.actualValue);
}

/**
 * The exercise's plots, drawn from a result's visible examples (their actual values) next to
 * the expected values. Loaded (with recharts) only on exercises that declare plots.
 */
export default function ResultPlots({ plots, tests }: { plots: PlotInput[]; tests: TestOutcome[] }) {
  const palette = paletteOf(useEffectiveTheme());
  return (
    <section className="result-plots" aria-label="Plots of your results">
      {plots.map((plot) => {
        const args = (parseEncoded(plot.argsJson) as unknown[]) ?? [];
        const expected = parseEncoded(plot.expectedJson);
        const test = exampleTest(tests, plot.spec.example);
        const actual = parseEncoded(test?.actualValue);
        const { spec } = plot;
        return (
          <figure key={`${spec.type}-${spec.example}`} className="result-plot" data-plot={spec.type}>
            <figcaption>
              <strong>{TITLES[spec.type]}</strong> <span className="muted">· {spec.example}</span>
            </figcaption>
            {test && test.actualValue === undefined && (
              <p className="plot-note">Your function returned no value for this example: only the expected result is drawn.</p>
            )}
            {spec.type === "fit-line" && (
              <FitLinePlot
                args={args}
                expected={expected}
                actual={actual}
                column={spec.x}
                xLabel={spec.xLabel}
                yLabel={spec.yLabel}
                label={spec.label}
                compare={spec.compare ? { label: spec.compare.label, actual: actualOf(tests, spec.compare.example) } : undefined}
                palette={palette}
              />
            )}
            {spec.type === "loss-curve" && <LossCurvePlot expected={expected} actual={actual} palette={palette} />}
            {spec.type === "group-distribution" && <GroupDistributionPlot expected={expected} actual={actual} yLabel={spec.yLabel} palette={palette} />}
            {spec.type === "correlation-matrix" && <CorrelationMatrixPlot args={args} expected={expected} actual={actual} />}
          </figure>
        );
      })}
    </section>
  );
}
