function infNorm(v: number[]): number {
  return Math.max(...v.map(Math.abs));
}
