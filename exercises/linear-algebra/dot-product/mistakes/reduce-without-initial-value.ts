export function dot(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error("length mismatch");
  return a.reduce((acc, value, i) => acc + value * b[i]);
}
