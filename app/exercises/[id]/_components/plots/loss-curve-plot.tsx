"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { lossSeries } from "./plot-data";
import { formatTick, type Palette } from "./palette";

/** Loss per epoch: expected dashed, the learner's solid; log scale when the losses span decades. */
export function LossCurvePlot({ expected, actual, palette }: { expected: unknown; actual: unknown; palette: Palette }) {
  const { rows, isLog, hasActual } = lossSeries(expected, actual);
  if (rows.length === 0) return <p className="muted">There are no losses to draw.</p>;
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
            domain={["auto", "auto"]}
            tickFormatter={formatTick}
            stroke={palette.axis}
            tick={{ fill: palette.text, fontSize: 11 }}
            width={56}
            label={{ value: isLog ? "loss (log scale)" : "loss", angle: -90, position: "insideLeft", offset: 4, fill: palette.text, fontSize: 12, dy: 44 }}
          />
          <Tooltip contentStyle={{ background: palette.surface, borderColor: palette.grid }} formatter={(value) => formatTick(Number(value))} labelFormatter={(epoch) => `epoch ${epoch}`} />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          <Line name="expected" dataKey="expected" stroke={palette.expected} strokeWidth={2} strokeDasharray="7 5" dot={false} isAnimationActive={false} />
          {hasActual && <Line name="your losses" dataKey="actual" stroke={palette.actual} strokeWidth={2} dot={false} isAnimationActive={false} />}
        </LineChart>
      </ResponsiveContainer>
      {!hasActual && <p className="plot-note">Your result has no losses array to draw.</p>}
    </>
  );
}
