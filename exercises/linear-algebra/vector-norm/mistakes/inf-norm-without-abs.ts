function infNorm(v: number[]): number {
  return Math.max(...v);
}
