import type { TPlot } from "@/lib/exercises/schema";
import { decodeValue } from "@/lib/exercises/values";

/** A plot of exercise.json with its example's arguments and expected value (encoded JSON, from the server). */
export interface PlotInput {
  spec: TPlot;
  argsJson: string;
  expectedJson: string;
}

/**
 * Readers of the shapes each plot type draws. The learner's value is untrusted and may be
 * anything: every reader returns null instead of throwing, and the chart then says so.
 */
export function parseEncoded(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return decodeValue(JSON.parse(json));
  } catch {
    return undefined;
  }
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function asNumbers(value: unknown): number[] | null {
  return Array.isArray(value) && value.every(isNumber) ? value : null;
}

export function asMatrix(value: unknown): number[][] | null {
  if (!Array.isArray(value)) return null;
  const rows = value.map(asNumbers);
  return rows.every((row): row is number[] => row !== null) ? rows : null;
}

export function asLinearModel(value: unknown): { weights: number[]; bias: number } | null {
  if (!isRecord(value) || !isNumber(value.bias)) return null;
  const weights = asNumbers(value.weights);
  return weights ? { weights, bias: value.bias } : null;
}

export interface Point {
  x: number;
  y: number;
}

/** Scatter of column `column` of X against y, and the model's line over the x range (other features at their means). */
export function fitLineSeries(args: unknown[], column: number) {
  const X = asMatrix(args[0]);
  const y = asNumbers(args[1]);
  if (!X || !y || X.length !== y.length || X.length === 0 || !X.every((row) => row.length > column)) return null;
  const points: Point[] = X.map((row, i) => ({ x: row[column], y: y[i] }));
  const xs = points.map((point) => point.x);
  const [low, high] = [Math.min(...xs), Math.max(...xs)];
  const means = X[0].map((_, j) => X.reduce((total, row) => total + row[j], 0) / X.length);
  const lineOf = (model: { weights: number[]; bias: number } | null): Point[] | null => {
    if (!model || model.weights.length !== means.length) return null;
    const offset = model.bias + model.weights.reduce((total, w, j) => (j === column ? total : total + w * means[j]), 0);
    return [low, high].map((x) => ({ x, y: offset + model.weights[column] * x }));
  };
  return { points, lineOf };
}

/** Losses per epoch, side by side; a log axis when they span more than a factor of 20. */
export function lossSeries(expected: unknown, actual: unknown) {
  const expectedLosses = isRecord(expected) ? asNumbers(expected.losses) : null;
  const actualLosses = isRecord(actual) ? asNumbers(actual.losses) : null;
  const length = Math.max(expectedLosses?.length ?? 0, actualLosses?.length ?? 0);
  const rows = Array.from({ length }, (_, epoch) => ({ epoch, expected: expectedLosses?.[epoch], actual: actualLosses?.[epoch] }));
  const values = [...(expectedLosses ?? []), ...(actualLosses ?? [])];
  const isLog = values.length > 0 && values.every((value) => value > 0) && Math.max(...values) / Math.min(...values) > 20;
  return { rows, isLog, hasActual: actualLosses !== null };
}

export interface GroupRow {
  group: string;
  expectedMean?: number;
  expectedStd?: number;
  actualMean?: number;
  actualStd?: number;
}

/** Per-group mean and std of a summary (Record<group, { mean, std, ... }>), expected and actual. */
export function groupSeries(expected: unknown, actual: unknown): { rows: GroupRow[]; hasActual: boolean } {
  const read = (value: unknown) => {
    if (!isRecord(value)) return null;
    const entries = Object.entries(value).filter(([, summary]) => isRecord(summary) && isNumber(summary.mean));
    return entries.length > 0 ? new Map(entries.map(([group, summary]) => [group, summary as { mean: number; std?: unknown }])) : null;
  };
  const expectedGroups = read(expected);
  const actualGroups = read(actual);
  const groups = [...new Set([...(expectedGroups?.keys() ?? []), ...(actualGroups?.keys() ?? [])])];
  const stdOf = (summary: { std?: unknown } | undefined) => (summary && isNumber(summary.std) ? summary.std : undefined);
  const rows = groups.map((group) => ({
    group,
    expectedMean: expectedGroups?.get(group)?.mean,
    expectedStd: stdOf(expectedGroups?.get(group)),
    actualMean: actualGroups?.get(group)?.mean,
    actualStd: stdOf(actualGroups?.get(group)),
  }));
  return { rows, hasActual: actualGroups !== null };
}

/** Column labels and both matrices of a correlation example; the actual one only when its shape matches. */
export function correlationSeries(args: unknown[], expected: unknown, actual: unknown) {
  const labels = Array.isArray(args[1]) ? args[1].map(String) : [];
  const expectedMatrix = asMatrix(expected);
  if (!expectedMatrix || expectedMatrix.length !== labels.length) return null;
  const candidate = asMatrix(actual);
  const actualMatrix = candidate && candidate.length === labels.length && candidate.every((row) => row.length === labels.length) ? candidate : null;
  return { labels, expected: expectedMatrix, actual: actualMatrix };
}
