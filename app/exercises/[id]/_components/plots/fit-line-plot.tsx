"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { asLinearModel, fitLineSeries } from "./plot-data";
import { formatTick, niceTicks, type Palette } from "./palette";

interface Props {
  args: unknown[];
  expected: unknown;
  actual: unknown;
  column: number;
  xLabel?: string;
  yLabel?: string;
  /** What this example's line is ("normal equation"), for the legend. */
  label?: string;
  /** The learner's model from a second example on the same data (e.g. gradient descent), drawn too. */
  compare?: { label: string; actual: unknown };
  palette: Palette;
}

/** 4 significant digits, for the slopes and intercepts in the comparison note. */
const short = (value: number) => String(Number(value.toPrecision(4)));

/**
 * The example's data as a scatter, the expected line dashed and the learner's line solid; with
 * `compare`, the learner's second model of the same data as another solid line, and a note that
 * compares the two fits' slopes and intercepts.
 */
export function FitLinePlot({ args, expected, actual, column, xLabel, yLabel, label, compare, palette }: Props) {
  const series = fitLineSeries(args, column);
  if (!series) return <p className="muted">This example has no data to draw.</p>;
  const expectedLine = series.lineOf(asLinearModel(expected));
  const actualModel = asLinearModel(actual);
  const actualLine = series.lineOf(actualModel);
  const compareModel = compare ? asLinearModel(compare.actual) : null;
  const compareLine = series.lineOf(compareModel);
  // The axis fits the data and the expected line: a wild line of the learner's is clipped, and said so.
  const ys = [...series.points, ...(expectedLine ?? [])].map((point) => point.y);
  const xs = series.points.map((point) => point.x);
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys));
  const xTicks = niceTicks(Math.min(...xs), Math.max(...xs));
  const domain: [number, number] = [yTicks[0], yTicks[yTicks.length - 1]];
  const outside = (line: { y: number }[] | null) => line?.some((point) => point.y < domain[0] || point.y > domain[1]) ?? false;
  const leaves = outside(actualLine) || outside(compareLine);
  const yours = label ? `your ${label}` : "your model";
  return (
    <>
      <ResponsiveContainer width="100%" height={compare ? 260 : 240}>
        <ComposedChart margin={{ top: 8, right: 12, bottom: 18, left: 8 }}>
          <CartesianGrid stroke={palette.grid} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[xTicks[0], xTicks[xTicks.length - 1]]}
            ticks={xTicks}
            tickFormatter={formatTick}
            stroke={palette.axis}
            tick={{ fill: palette.text, fontSize: 11 }}
            label={xLabel ? { value: xLabel, position: "insideBottom", offset: -10, fill: palette.text, fontSize: 12 } : undefined}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={domain}
            ticks={yTicks}
            allowDataOverflow
            tickFormatter={formatTick}
            stroke={palette.axis}
            tick={{ fill: palette.text, fontSize: 11 }}
            width={56}
            label={yLabel ? { value: yLabel, angle: -90, position: "insideLeft", offset: 4, fill: palette.text, fontSize: 12, dy: 50 } : undefined}
          />
          <Tooltip
            cursor={false}
            contentStyle={{ background: palette.surface, borderColor: palette.grid }}
            formatter={(value) => formatTick(Number(value))}
            labelFormatter={(value) => formatTick(Number(value))}
          />
          <Legend verticalAlign="top" height={compare ? 40 : 24} wrapperStyle={{ fontSize: 12 }} />
          <Scatter name="data" data={series.points} fill={palette.points} fillOpacity={0.75} isAnimationActive={false} />
          {actualLine && <Line name={yours} data={actualLine} dataKey="y" stroke={palette.actual} strokeWidth={2.5} dot={false} isAnimationActive={false} />}
          {compare && compareLine && (
            <Line
              name={`your ${compare.label}`}
              data={compareLine}
              dataKey="y"
              stroke={palette.compare}
              strokeWidth={2}
              strokeDasharray="2 4"
              strokeLinecap="round"
              dot={false}
              isAnimationActive={false}
            />
          )}
          {/* Drawn last: when the learner's line is right, the dashes run along it. */}
          {expectedLine && (
            <Line
              name={label ? `expected (${label})` : "expected"}
              data={expectedLine}
              dataKey="y"
              stroke={palette.expected}
              strokeWidth={2}
              strokeDasharray="7 5"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      {!actualLine && <p className="plot-note">Your result has no weights and bias of the right shape to draw.</p>}
      {compare && !compareLine && <p className="plot-note">Your {compare.label} result has no weights and bias of the right shape to draw.</p>}
      {compare && actualModel && compareModel && actualLine && compareLine && (
        <p className="plot-note">
          {yours.charAt(0).toUpperCase() + yours.slice(1)}: slope {short(actualModel.weights[column])}, intercept {short(actualModel.bias)} · your{" "}
          {compare.label}: slope {short(compareModel.weights[column])}, intercept {short(compareModel.bias)} (the slopes differ by{" "}
          {formatTick(Math.abs(actualModel.weights[column] - compareModel.weights[column]))}).
        </p>
      )}
      {leaves && <p className="plot-note">Your line leaves the plotted range.</p>}
    </>
  );
}
