export function powerIteration(A: number[][], iterations: number = 1000): { value: number; vector: number[] } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error("bad iterations");
  // Textbook variant: scale so that the largest-magnitude component is exactly 1.
  let v = scale(A.map((_, i) => 1 + (((i + 1) * 0.6180339887498949) % 1)));
  let value = 0;
  for (let k = 0; k < iterations; k++) {
    const w = matVec(A, v);
    value = largest(w);
    v = scale(w);
  }
  return { value, vector: v };
}

function matVec(A: number[][], v: number[]): number[] {
  return A.map((row) => row.reduce((sum, a, j) => sum + a * v[j], 0));
}

function largest(w: number[]): number {
  let at = 0;
  for (let i = 1; i < w.length; i++) if (Math.abs(w[i]) > Math.abs(w[at])) at = i;
  return w[at];
}

function scale(w: number[]): number[] {
  const m = largest(w);
  if (m === 0) throw new Error("A v = 0");
  return w.map((x) => x / m);
}
