/**
 * Orthogonal projection of u onto the line spanned by v: (u.v / v.v) v. v is first divided by
 * its largest absolute entry (the projection depends only on the direction of v), so entries
 * like 1e200 or 1e-200 neither overflow nor underflow. The zero vector spans no line: throws.
 */
export function project(u: number[], v: number[]): number[] {
  if (u.length !== v.length) throw new Error(`project: length mismatch (${u.length} vs ${v.length})`);
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  if (max === 0) throw new Error("project: v is the zero vector, it spans no line to project onto");
  const w = v.map((value) => value / max);
  let uw = 0;
  let ww = 0;
  for (let i = 0; i < w.length; i++) {
    uw += u[i] * w[i];
    ww += w[i] * w[i];
  }
  const coefficient = uw / ww;
  return w.map((value) => coefficient * value);
}
