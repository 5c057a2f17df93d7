// "clean up" rounding noise such as cos(pi / 2) = 6.1e-17, and real tiny values with it
export function rotation2d(theta: number): number[][] {
  const clean = (x: number) => (Math.abs(x) < 1e-8 ? 0 : x);
  return rotationOf(clean(Math.cos(theta)), clean(Math.sin(theta)));
}
