/**
 * Orthogonal projection of u onto the line spanned by v: (u.v / v.v) v. v is first divided by
 * its largest absolute entry (the projection depends only on the direction of v), so entries
 * like 1e200 or 1e-200 neither overflow nor underflow. The zero vector spans no line: throws.
 */
export function project(u: number[], v: number[]): number[] {
  checkLengths(u, v);
  return projectOnto(u, scaledDirection(v));
}

function checkLengths(u: number[], v: number[]): void {
  if (u.length !== v.length) throw new Error(`project: length mismatch (${u.length} vs ${v.length})`);
}

/** v divided by its largest absolute entry (same line, entries at most 1); throws for v = 0. */
function scaledDirection(v: number[]): number[] {
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  if (max === 0) throw new Error("project: v is the zero vector, it spans no line to project onto");
  return v.map((value) => value / max);
}

/** The projection (u.w / w.w) w of u onto the line of w. */
function projectOnto(u: number[], w: number[]): number[] {
  const coefficient = dot(w, u) / dot(w, w);
  return w.map((value) => coefficient * value);
}

/** a . b, summed over the entries of a. */
function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
