/**
 * L1, L2 or max norm of a vector. The L2 norm is scaled by the largest absolute entry first,
 * ||v|| = m sqrt(sum (v_i / m)^2), so that squares of entries like 1e200 (or 1e-200) neither
 * overflow nor underflow. The empty vector has norm 0; any other p throws.
 */
export function norm(v: number[], p: 1 | 2 | "inf" = 2): number {
  if (p !== 1 && p !== 2 && p !== "inf") throw new Error(`norm: p must be 1, 2 or 'inf', got ${String(p)}`);
  if (p === 1) {
    let sum = 0;
    for (const value of v) sum += Math.abs(value);
    return sum;
  }
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  if (p === "inf" || max === 0) return max;
  let sumOfSquares = 0;
  for (const value of v) {
    const scaled = value / max;
    sumOfSquares += scaled * scaled;
  }
  return max * Math.sqrt(sumOfSquares);
}
