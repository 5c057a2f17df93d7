function scaledDirection(v: number[]): number[] {
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  return v.map((x) => x / m);
}
