function rayleighQuotient(A: number[][], v: number[]): number {
  return Math.hypot(...multiply(A, v));
}
