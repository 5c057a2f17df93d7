export function project(u: number[], v: number[]): number[] {
  checkLengths(u, v);
  const norm = Math.sqrt(dot(v, v));
  if (norm === 0) throw new Error("v is the zero vector");
  // u.v / ||v|| (the scalar projection) used as the coefficient of v
  const c = dot(u, v) / norm;
  return v.map((x) => c * x);
}
