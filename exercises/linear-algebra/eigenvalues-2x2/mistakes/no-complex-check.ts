function discriminant(a: number, b: number, c: number, d: number): number {
  return ((a - d) / 2) ** 2 + b * c;
}
