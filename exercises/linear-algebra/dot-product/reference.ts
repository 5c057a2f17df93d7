/** Dot product of two vectors of the same length; throws on a length mismatch. */
export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) {
    throw new Error(`dot: length mismatch (${a.length} vs ${b.length})`);
  }
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
