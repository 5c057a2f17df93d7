function weightedSum(f: (x: number) => number, a: number, b: number, n: number, h: number): number {
  let sum = f(a) + f(b);
  for (let i = 1; i < n - 1; i++) sum += simpsonWeight(i) * f(a + i * h);
  return sum;
}
