/**
 * Power iteration: v <- A v / ||A v||, from a start vector with no special structure (so that it
 * is not orthogonal to the dominant eigenvector of structured matrices: Laplacians, diagonal
 * matrices, symmetric patterns), with the sign convention applied at every step so that the
 * iterates converge even when the dominant eigenvalue is negative. The eigenvalue is the
 * Rayleigh quotient v . A v of the final unit vector.
 */
export function powerIteration(A: number[][], iterations: number = 1000): { value: number; vector: number[] } {
  const n = squareSize(A);
  checkIterations(iterations);
  const v = iterate(A, unit(startVector(n)), iterations);
  return { value: rayleighQuotient(A, v), vector: v };
}

function checkIterations(iterations: number): void {
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`powerIteration: iterations must be a positive integer, got ${iterations}`);
  }
}

/** The start vector: 1 + fractional part of (i + 1) times the golden ratio (positive, irregular entries). */
function startVector(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 + (((i + 1) * 0.6180339887498949) % 1));
}

/** v <- unit(A v) at most `iterations` times, stopping once no component changes by more than 1e-15. */
function iterate(A: number[][], v: number[], iterations: number): number[] {
  for (let k = 0; k < iterations; k++) {
    const next = unit(multiply(A, v));
    let change = 0;
    for (let i = 0; i < v.length; i++) change = Math.max(change, Math.abs(next[i] - v[i]));
    v = next;
    if (change <= 1e-15) break;
  }
  return v;
}

/** The eigenvalue estimate v . A v of a unit vector v. */
function rayleighQuotient(A: number[][], v: number[]): number {
  const Av = multiply(A, v);
  let value = 0;
  for (let i = 0; i < v.length; i++) value += v[i] * Av[i];
  return value;
}

function squareSize(A: number[][]): number {
  if (!Array.isArray(A) || A.length === 0) throw new Error("powerIteration: A has no rows");
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== A.length) throw new Error("powerIteration: A must be a square matrix");
  }
  return A.length;
}

function multiply(A: number[][], v: number[]): number[] {
  return A.map((row) => {
    let sum = 0;
    for (let j = 0; j < row.length; j++) sum += row[j] * v[j];
    return sum;
  });
}

/** w / ||w||, with the largest-magnitude component made positive; throws for w = 0. */
function unit(w: number[]): number[] {
  let largest = 0;
  let at = 0;
  for (let i = 0; i < w.length; i++) {
    if (Math.abs(w[i]) > largest) {
      largest = Math.abs(w[i]);
      at = i;
    }
  }
  if (!(largest > 0)) throw new Error("powerIteration: A v = 0, the dominant eigenvalue is 0 (A is nilpotent or zero)");
  // Scale by the largest entry before squaring: no overflow or underflow in the norm.
  let sumSquares = 0;
  for (const value of w) sumSquares += (value / largest) ** 2;
  const norm = largest * Math.sqrt(sumSquares);
  const sign = w[at] < 0 ? -1 : 1;
  return w.map((value) => (sign * value) / norm);
}
