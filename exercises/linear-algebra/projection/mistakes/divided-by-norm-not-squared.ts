export function project(u: number[], v: number[]): number[] {
  if (u.length !== v.length) throw new Error("length mismatch");
  const norm = Math.sqrt(dot(v, v));
  if (norm === 0) throw new Error("v is the zero vector");
  // u.v / ||v|| (the scalar projection) used as the coefficient of v
  const c = dot(u, v) / norm;
  return v.map((x) => c * x);
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
