export function project(u: number[], v: number[]): number[] {
  if (u.length !== v.length) throw new Error("length mismatch");
  const vv = dot(v, v);
  if (vv === 0) throw new Error("v is the zero vector");
  const c = dot(u, v) / vv;
  return v.map((x) => c * x);
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
