function l1(v: number[]): number {
  return v.reduce((acc, x) => acc + x, 0);
}
