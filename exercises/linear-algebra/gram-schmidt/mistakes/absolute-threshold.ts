export function gramSchmidt(vectors: number[][]): number[][] {
  if (vectors.some((v) => v.length !== vectors[0].length)) throw new Error("different lengths");
  const basis: number[][] = [];
  for (const v of vectors) {
    const r = [...v];
    for (const q of basis) {
      const c = q.reduce((s, qi, i) => s + qi * r[i], 0);
      for (let i = 0; i < r.length; i++) r[i] -= c * q[i];
    }
    const length = Math.sqrt(r.reduce((s, x) => s + x * x, 0));
    // the catalog's absolute threshold: right for vectors of norm about 1, blind to their scale
    if (length < 1e-10) continue;
    basis.push(r.map((x) => x / length));
  }
  return basis;
}
