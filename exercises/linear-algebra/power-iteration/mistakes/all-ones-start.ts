function startVector(n: number): number[] {
  return Array.from({ length: n }, () => 1);
}
