function unit(w: number[]): number[] {
  const norm = Math.hypot(...w);
  if (norm === 0) throw new Error("A v = 0");
  return w.map((x) => x / norm);
}
