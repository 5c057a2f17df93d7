function scaledByMax(v: number[], name: string): number[] {
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  return v.map((x) => x / m);
}

function clampToUnit(cosine: number): number {
  return cosine;
}
