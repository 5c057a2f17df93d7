"use client";

import { correlationSeries } from "./plot-data";

/** Matches the exercise's default tolerance: cells outside it are outlined. */
const CELL_TOLERANCE = { rtol: 1e-6, atol: 1e-9 };

/**
 * The learner's correlation matrix as a heat map (blue negative, red positive; HTML, so it
 * follows the page's theme variables), with cells that differ from the expected one outlined.
 */
export function CorrelationMatrixPlot({ args, expected, actual }: { args: unknown[]; expected: unknown; actual: unknown }) {
  const series = correlationSeries(args, expected, actual);
  if (!series) return <p className="muted">This example has no matrix to draw.</p>;
  const shown = series.actual ?? series.expected;
  const isOff = (i: number, j: number) =>
    series.actual !== null &&
    !(Math.abs(series.actual[i][j] - series.expected[i][j]) <= CELL_TOLERANCE.atol + CELL_TOLERANCE.rtol * Math.abs(series.expected[i][j]));
  const offCount = series.labels.flatMap((_, i) => series.labels.filter((__, j) => isOff(i, j))).length;
  return (
    <>
      <table className="heatmap" aria-label={series.actual ? "your correlation matrix" : "the expected correlation matrix"}>
        <thead>
          <tr>
            <th />
            {series.labels.map((label) => (
              <th key={label} scope="col" title={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={series.labels[i]}>
              <th scope="row" title={series.labels[i]}>
                {series.labels[i]}
              </th>
              {row.map((value, j) => (
                <td
                  key={j}
                  className={isOff(i, j) ? "heatmap-off" : undefined}
                  style={{ "--r": String(Math.max(-1, Math.min(1, value))) } as React.CSSProperties}
                  data-sign={value < 0 ? "negative" : "positive"}
                  title={`expected ${series.expected[i][j].toFixed(6)}${series.actual ? `, yours ${value.toFixed(6)}` : ""}`}
                >
                  {value.toFixed(2)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="plot-note">
        {series.actual === null
          ? "Your result is not a matrix of this size: the expected matrix is shown."
          : offCount > 0
            ? `Outlined: ${offCount} cell${offCount === 1 ? "" : "s"} outside the tolerance (hover for the expected value).`
            : "Your matrix (hover a cell for the expected value)."}
      </p>
    </>
  );
}
