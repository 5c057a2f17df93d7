export function powerIteration(A: number[][], iterations: number = 1000): { value: number; vector: number[] } {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new Error("A must be square");
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error("bad iterations");
  let v = normalize(A.map((_, i) => 1 + (((i + 1) * 0.6180339887498949) % 1)));
  for (let k = 0; k < 1000; k++) v = normalize(matVec(A, v));
  const Av = matVec(A, v);
  return { value: v.reduce((sum, x, i) => sum + x * Av[i], 0), vector: v };
}

function matVec(A: number[][], v: number[]): number[] {
  return A.map((row) => row.reduce((sum, a, j) => sum + a * v[j], 0));
}

function normalize(w: number[]): number[] {
  const norm = Math.hypot(...w);
  if (norm === 0) throw new Error("A v = 0");
  let at = 0;
  for (let i = 1; i < w.length; i++) if (Math.abs(w[i]) > Math.abs(w[at])) at = i;
  const sign = w[at] < 0 ? -1 : 1;
  return w.map((x) => (sign * x) / norm);
}
