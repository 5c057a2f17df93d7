function l2(v: number[]): number {
  return v.reduce((acc, x) => acc + x * x, 0);
}
