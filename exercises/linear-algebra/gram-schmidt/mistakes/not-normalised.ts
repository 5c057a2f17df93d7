export function gramSchmidt(vectors: number[][]): number[][] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("different lengths");
  const dot = (a: number[], b: number[]) => a.reduce((s, ai, i) => s + ai * b[i], 0);
  const basis: number[][] = [];
  for (const v of vectors) {
    const r = [...v];
    for (const u of basis) {
      const c = dot(r, u) / dot(u, u);
      for (let i = 0; i < r.length; i++) r[i] -= c * u[i];
    }
    if (Math.sqrt(dot(r, r)) < 1e-10) continue;
    basis.push(r);
  }
  return basis;
}
