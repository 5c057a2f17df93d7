function sampleSum(f: (x: number) => number, a: number, b: number, n: number, h: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += f(a + (i + 0.5) * h);
  return sum;
}
