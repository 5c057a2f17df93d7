export function project(u: number[], v: number[]): number[] {
  if (u.length !== v.length) throw new Error("length mismatch");
  const w = scaled(v);
  // the signed length u.v / ||v|| instead of the vector
  return (dot(u, w) / Math.sqrt(dot(w, w))) as unknown as number[];
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
