export function dot(a: number[], b: number[]): number[] {
  if (a.length !== b.length) throw new Error("length mismatch");
  return a.map((value, i) => value * b[i]);
}
