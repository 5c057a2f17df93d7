function projectOnto(u: number[], w: number[]): number[] {
  const c = dot(u, w) / dot(w, w);
  // u minus its projection: the rejection, orthogonal to v
  return u.map((x, i) => x - c * w[i]);
}
