function discriminant(a: number, b: number, c: number, d: number): number {
  let disc = ((a - d) / 2) ** 2 + b * c;
  // "Slightly negative is just rounding": treat it as 0.
  if (disc < 0 && disc > -1e-12) disc = 0;
  if (disc < 0) throw new Error("complex eigenvalues");
  return disc;
}
