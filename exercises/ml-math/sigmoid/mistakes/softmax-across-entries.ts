export function sigmoid(x: number[]): number[] {
  if (x.length === 0) return [];
  const max = Math.max(...x);
  const exps = x.map((value) => Math.exp(value - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}
