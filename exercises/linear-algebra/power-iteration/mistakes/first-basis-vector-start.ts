function startVector(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
}
