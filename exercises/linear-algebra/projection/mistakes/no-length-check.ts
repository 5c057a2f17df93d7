export function project(u: number[], v: number[]): number[] {
  const w = scaled(v);
  let uw = 0;
  for (let i = 0; i < w.length; i++) uw += u[i] * w[i];
  const c = uw / dot(w, w);
  return w.map((x) => c * x);
}

function scaled(v: number[]): number[] {
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  if (m === 0) throw new Error("v is the zero vector");
  return v.map((x) => x / m);
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
