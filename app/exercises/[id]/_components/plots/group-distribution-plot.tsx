"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { groupSeries } from "./plot-data";
import { formatTick, type Palette } from "./palette";

/** Per-group mean with ± one std: the expected bars hollow and dashed, the learner's filled. */
export function GroupDistributionPlot({ expected, actual, yLabel, palette }: { expected: unknown; actual: unknown; yLabel?: string; palette: Palette }) {
  const { rows, hasActual } = groupSeries(expected, actual);
  if (rows.length === 0) return <p className="muted">There are no groups to draw.</p>;
  return (
    <>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 8 }} barGap={4}>
          <CartesianGrid stroke={palette.grid} vertical={false} />
          <XAxis dataKey="group" stroke={palette.axis} tick={{ fill: palette.text, fontSize: 12 }} />
          <YAxis
            tickFormatter={formatTick}
            stroke={palette.axis}
            tick={{ fill: palette.text, fontSize: 11 }}
            width={56}
            label={
              yLabel ? { value: `${yLabel}, mean ± std`, angle: -90, position: "insideLeft", offset: 4, fill: palette.text, fontSize: 12, dy: 70 } : undefined
            }
          />
          <Tooltip
            cursor={{ fill: palette.grid, fillOpacity: 0.4 }}
            contentStyle={{ background: palette.surface, borderColor: palette.grid }}
            formatter={(value) => formatTick(Number(value))}
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Bar
            name="expected mean"
            dataKey="expectedMean"
            fill={palette.expected}
            fillOpacity={0.12}
            stroke={palette.expected}
            strokeDasharray="5 4"
            isAnimationActive={false}
          >
            <ErrorBar dataKey="expectedStd" width={8} stroke={palette.expected} strokeWidth={1.5} />
          </Bar>
          {hasActual && (
            <Bar name="your mean" dataKey="actualMean" fill={palette.actual} fillOpacity={0.85} isAnimationActive={false}>
              <ErrorBar dataKey="actualStd" width={8} stroke={palette.text} strokeWidth={1.5} />
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
      {!hasActual && <p className="plot-note">Your result has no per-group means to draw.</p>}
    </>
  );
}
