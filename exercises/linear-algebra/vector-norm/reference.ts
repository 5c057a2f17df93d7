/**
 * L1, L2 or max norm of a vector. The L2 norm is scaled by the largest absolute entry first,
 * ||v|| = m sqrt(sum (v_i / m)^2), so that squares of entries like 1e200 (or 1e-200) neither
 * overflow nor underflow. The empty vector has norm 0; any other p throws.
 */
export function norm(v: number[], p: 1 | 2 | "inf" = 2): number {
  checkP(p);
  if (p === 1) return l1(v);
  if (p === "inf") return infNorm(v);
  return l2(v);
}

function checkP(p: 1 | 2 | "inf"): void {
  if (p !== 1 && p !== 2 && p !== "inf") throw new Error(`norm: p must be 1, 2 or 'inf', got ${String(p)}`);
}

/** The sum of absolute entries. */
function l1(v: number[]): number {
  let sum = 0;
  for (const value of v) sum += Math.abs(value);
  return sum;
}

/** The max norm: the largest absolute entry (0 for the empty vector). */
function infNorm(v: number[]): number {
  return largestAbs(v);
}

function largestAbs(v: number[]): number {
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  return max;
}

/** The Euclidean norm, scaled by the largest absolute entry m: m sqrt(sum (v_i / m)^2). */
function l2(v: number[]): number {
  const max = largestAbs(v);
  if (max === 0) return max;
  let sumOfSquares = 0;
  for (const value of v) {
    const scaled = value / max;
    sumOfSquares += scaled * scaled;
  }
  return max * Math.sqrt(sumOfSquares);
}
