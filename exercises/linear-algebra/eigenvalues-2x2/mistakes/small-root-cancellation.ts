function roots(a: number, b: number, c: number, d: number): [number, number] {
  const half = (a + d) / 2;
  const root = Math.sqrt(discriminant(a, b, c, d));
  return [half + root, half - root];
}
