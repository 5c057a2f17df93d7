// Textbook variant: scale so that the largest-magnitude component is exactly 1.
export function powerIteration(A: number[][], iterations: number = 1000): { value: number; vector: number[] } {
  const n = squareSize(A);
  checkIterations(iterations);
  let v = scale(startVector(n));
  let value = 0;
  for (let k = 0; k < iterations; k++) {
    const w = multiply(A, v);
    value = largest(w);
    v = scale(w);
  }
  return { value, vector: v };
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
