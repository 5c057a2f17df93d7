/** Projection of u onto v: (u.v / v.v) v; throws when v is the zero vector or the lengths differ. */
export function project(u: number[], v: number[]): number[] {
  // Your code here.
  return u;
}
