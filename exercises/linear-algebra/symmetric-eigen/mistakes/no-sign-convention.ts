function withSignConvention(v: number[]): number[] {
  return v;
}
