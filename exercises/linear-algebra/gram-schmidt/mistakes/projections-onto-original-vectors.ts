export function gramSchmidt(vectors: number[][]): number[][] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("different lengths");
  const dot = (a: number[], b: number[]) => a.reduce((s, ai, i) => s + ai * b[i], 0);
  const basis: number[][] = [];
  const used: number[][] = [];
  for (const v of vectors) {
    const r = [...v];
    // Projects onto the earlier input vectors instead of the orthonormal ones.
    for (const u of used) {
      const c = dot(v, u) / dot(u, u);
      for (let i = 0; i < r.length; i++) r[i] -= c * u[i];
    }
    const length = Math.sqrt(dot(r, r));
    if (length < 1e-10) continue;
    used.push(v);
    basis.push(r.map((x) => x / length));
  }
  return basis;
}
