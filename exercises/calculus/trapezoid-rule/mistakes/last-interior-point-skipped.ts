function sampleSum(f: (x: number) => number, a: number, b: number, n: number, h: number): number {
  let sum = (f(a) + f(b)) / 2;
  for (let i = 1; i < n - 1; i++) sum += f(a + i * h);
  return sum;
}
