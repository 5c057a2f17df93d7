function roots(a: number, b: number, c: number, d: number): [number, number] {
  const trace = a + d;
  const det = a * d - b * c;
  const disc = trace * trace - 4 * det;
  if (disc < 0) throw new Error("complex eigenvalues");
  const root = Math.sqrt(disc);
  return [(trace + root) / 2, (trace - root) / 2];
}
