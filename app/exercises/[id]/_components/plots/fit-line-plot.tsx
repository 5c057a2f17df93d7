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
  palette: Palette;
}

/** The example's data as a scatter, the expected line dashed and the learner's line solid. */
export function FitLinePlot({ args, expected, actual, column, xLabel, yLabel, palette }: Props) {
  const series = fitLineSeries(args, column);
  if (!series) return <p className="muted">This example has no data to draw.</p>;
  const expectedLine = series.lineOf(asLinearModel(expected));
  const actualLine = series.lineOf(asLinearModel(actual));
  // The axis fits the data and the expected line: a wild line of the learner's is clipped, and said so.
  const ys = [...series.points, ...(expectedLine ?? [])].map((point) => point.y);
  const xs = series.points.map((point) => point.x);
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys));
  const xTicks = niceTicks(Math.min(...xs), Math.max(...xs));
  const domain: [number, number] = [yTicks[0], yTicks[yTicks.length - 1]];
  const leaves = actualLine?.some((point) => point.y < domain[0] || point.y > domain[1]);
  return (
    <>
      <ResponsiveContainer width="100%" height={240}>
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
          <Tooltip cursor={false} contentStyle={{ background: palette.surface, borderColor: palette.grid }} formatter={(value) => formatTick(Number(value))} labelFormatter={(value) => formatTick(Number(value))} />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Scatter name="data" data={series.points} fill={palette.points} fillOpacity={0.75} isAnimationActive={false} />
          {actualLine && <Line name="your model" data={actualLine} dataKey="y" stroke={palette.actual} strokeWidth={2.5} dot={false} isAnimationActive={false} />}
          {/* Drawn last: when the learner's line is right, the dashes run along it. */}
          {expectedLine && (
            <Line name="expected" data={expectedLine} dataKey="y" stroke={palette.expected} strokeWidth={2} strokeDasharray="7 5" dot={false} isAnimationActive={false} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      {!actualLine && <p className="plot-note">Your result has no weights and bias of the right shape to draw.</p>}
      {leaves && <p className="plot-note">Your line leaves the plotted range.</p>}
    </>
  );
}
