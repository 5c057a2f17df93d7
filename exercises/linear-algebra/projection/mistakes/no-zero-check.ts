export function project(u: number[], v: number[]): number[] {
  if (u.length !== v.length) throw new Error("length mismatch");
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  const w = v.map((x) => x / m);
  let uw = 0;
  let ww = 0;
  for (let i = 0; i < w.length; i++) {
    uw += u[i] * w[i];
    ww += w[i] * w[i];
  }
  return w.map((x) => (uw / ww) * x);
}
