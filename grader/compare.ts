import type { TComparison } from "../lib/exercises/schema";
import { formatNumber, formatValue } from "../lib/exercises/values";

export type Comparison = { ok: true } | { ok: false; message: string };

interface Mismatch {
  path: string;
  expected: number;
  actual: number;
  /** |actual - expected| / allowed: how many times over the bound (Infinity for NaN/Inf cases). */
  excess: number;
}

interface Walk {
  tolerance: TComparison;
  worst: Mismatch | null;
  count: number;
  leaves: number;
}

/**
 * numpy.allclose-style comparison, element-wise: |actual - expected| <= atol + rtol * |expected|.
 * Shapes must match exactly (reported first); NaN equals NaN only where NaN is expected;
 * +/-Infinity must match exactly. Objects are compared key by key (extra keys are ignored).
 */
export function compareValues(expected: unknown, actual: unknown, tolerance: TComparison): Comparison {
  const structural = checkStructure(expected, actual, "");
  if (structural) return { ok: false, message: structural };
  const walk: Walk = { tolerance, worst: null, count: 0, leaves: 0 };
  collectMismatches(expected, actual, "", walk);
  if (!walk.worst) return { ok: true };
  return { ok: false, message: describeMismatch(walk.worst, walk, tolerance) };
}

/** Shape and type problems, first one found, in words a learner can act on. */
function checkStructure(expected: unknown, actual: unknown, path: string): string | null {
  const where = path ? ` at ${path}` : "";
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `expected an array${where} (${shapeOf(expected)}), got ${describeType(actual)}`;
    const expectedShape = shapeOf(expected);
    const actualShape = shapeOf(actual);
    if (expectedShape !== actualShape) return `shape mismatch${where}: expected ${expectedShape}, got ${actualShape}`;
    for (let i = 0; i < expected.length; i++) {
      const problem = checkStructure(expected[i], actual[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof expected === "number") {
    return typeof actual === "number" ? null : `expected a number${where}, got ${describeType(actual)}`;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) {
      return `expected an object with fields ${Object.keys(expected).join(", ")}${where}, got ${describeType(actual)}`;
    }
    for (const key of Object.keys(expected)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!(key in actual)) return `missing field "${childPath}"`;
      const problem = checkStructure((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], childPath);
      if (problem) return problem;
    }
    return null;
  }
  if (expected !== actual) return `expected ${formatValue(expected)}${where}, got ${formatValue(actual)}`;
  return null;
}

function collectMismatches(expected: unknown, actual: unknown, path: string, walk: Walk): void {
  if (Array.isArray(expected)) {
    const items = actual as unknown[];
    for (let i = 0; i < expected.length; i++) collectMismatches(expected[i], items[i], `${path}[${i}]`, walk);
    return;
  }
  if (typeof expected === "number") {
    walk.leaves++;
    const excess = excessOver(expected, actual as number, walk.tolerance);
    if (excess <= 1) return;
    walk.count++;
    if (!walk.worst || excess > walk.worst.excess) walk.worst = { path, expected, actual: actual as number, excess };
    return;
  }
  if (expected !== null && typeof expected === "object") {
    for (const key of Object.keys(expected)) {
      const childPath = path ? `${path}.${key}` : key;
      collectMismatches((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], childPath, walk);
    }
  }
}

/** Error divided by the allowed error: <= 1 passes. Non-finite disagreements are Infinity. */
function excessOver(expected: number, actual: number, { rtol, atol }: TComparison): number {
  if (Number.isNaN(expected)) return Number.isNaN(actual) ? 0 : Infinity;
  if (!Number.isFinite(expected)) return expected === actual ? 0 : Infinity;
  if (!Number.isFinite(actual)) return Infinity;
  const allowed = atol + rtol * Math.abs(expected);
  const error = Math.abs(actual - expected);
  if (allowed === 0) return error === 0 ? 0 : Infinity;
  return error / allowed;
}

function describeMismatch(worst: Mismatch, walk: Walk, { rtol, atol }: TComparison): string {
  const where = worst.path ? ` at ${worst.path}` : "";
  const others = walk.leaves > 1 ? ` (${walk.count} of ${walk.leaves} values are outside the tolerance)` : "";
  if (Number.isNaN(worst.actual) || !Number.isFinite(worst.actual)) {
    const kind = Number.isNaN(worst.actual) ? "NaN" : String(worst.actual);
    return `got ${kind}${where} where ${formatNumber(worst.expected)} was expected${others}`;
  }
  if (!Number.isFinite(worst.expected)) {
    return `expected ${formatNumber(worst.expected)}${where}, got ${formatNumber(worst.actual)}${others}`;
  }
  const absolute = Math.abs(worst.actual - worst.expected);
  const relative = worst.expected === 0 ? Infinity : absolute / Math.abs(worst.expected);
  const allowed = atol + rtol * Math.abs(worst.expected);
  return (
    `worst value${where}: expected ${formatNumber(worst.expected)}, got ${formatNumber(worst.actual)} ` +
    `(absolute error ${absolute.toExponential(2)}, relative error ${Number.isFinite(relative) ? relative.toExponential(2) : "inf"}; ` +
    `allowed ${allowed.toExponential(2)} = atol ${atol.toExponential()} + rtol ${rtol.toExponential()} x |expected|)${others}`
  );
}

/** "length 3", "3x4", "ragged" — the shape of nested number arrays as a learner would say it. */
export function shapeOf(value: unknown): string {
  if (!Array.isArray(value)) return describeType(value);
  if (value.length > 0 && value.every(Array.isArray)) {
    const widths = new Set((value as unknown[][]).map((row) => row.length));
    if (widths.size !== 1) return `${value.length} rows of unequal lengths`;
    const inner = shapeOf(value[0]);
    return `${value.length}x${inner.startsWith("length ") ? inner.slice(7) : inner}`;
  }
  return `length ${value.length}`;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array (${shapeOf(value)})`;
  if (typeof value === "number") return `the number ${formatNumber(value)}`;
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
