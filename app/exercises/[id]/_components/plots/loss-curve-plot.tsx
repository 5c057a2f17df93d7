"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lossSeries } from "./plot-data";
import { formatTick, type Palette } from "./palette";

/** Loss per epoch: expected dashed, the learner's solid; log scale when the losses span decades. */
export function LossCurvePlot({ expected, actual, palette }: { expected: unknown; actual: unknown; palette: Palette }) {
  const { rows, isLog, hasActual } = lossSeries(expected, actual);
  if (rows.length === 0) return <p className="muted">There are no losses to draw.</p>;
  // Log axis: ticks at the powers of ten around the losses (clipped where a learner's diverge).
  const values = rows.flatMap((row) => [row.expected, row.actual]).filter((value): value is number => value !== undefined && value > 0);
  const decades = isLog ? [Math.floor(Math.log10(Math.min(...values))), Math.ceil(Math.log10(Math.max(...values)))] : null;
  const logTicks = decades ? Array.from({ length: decades[1] - decades[0] + 1 }, (_, k) => 10 ** (decades[0] + k)) : undefined;
  return (
    <>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 18, left: 8 }}>
          <CartesianGrid stroke={palette.grid} />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[0, "dataMax"]}
            stroke={palette.axis}
            tick={{ fill: palette.text, fontSize: 11 }}
            label={{ value: "epoch", position: "insideBottom", offset: -10, fill: palette.text, fontSize: 12 }}
          />
          <YAxis
            scale={isLog ? "log" : "linear"}
            domain={logTicks ? [logTicks[0], logTicks[logTicks.length - 1]] : ["auto", "auto"]}
            ticks={logTicks}
            allowDataOverflow={isLog}
            tickFormatter={formatTick}
            stroke={palette.axis}
            tick={{ fill: palette.text, fontSize: 11 }}
            width={56}
            label={{ value: isLog ? "loss (log scale)" : "loss", angle: -90, position: "insideLeft", offset: 4, fill: palette.text, fontSize: 12, dy: 44 }}
          />
          <Tooltip
            contentStyle={{ background: palette.surface, borderColor: palette.grid }}
            formatter={(value) => formatTick(Number(value))}
            labelFormatter={(epoch) => `epoch ${epoch}`}
          />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          {hasActual && <Line name="your losses" dataKey="actual" stroke={palette.actual} strokeWidth={2.5} dot={false} isAnimationActive={false} />}
          <Line name="expected" dataKey="expected" stroke={palette.expected} strokeWidth={2} strokeDasharray="7 5" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      {!hasActual && <p className="plot-note">Your result has no losses array to draw.</p>}
    </>
  );
}
