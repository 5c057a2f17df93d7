export function project(u: number[], v: number[]): number[] {
  checkLengths(u, v);
  scaledDirection(v);
  // (u.v / u.u) u: v projected onto u
  const c = dot(u, v) / dot(u, u);
  return u.map((x) => c * x);
}
