/**
 * Orthonormal basis of the span of `vectors`, in input order, by modified Gram-Schmidt with one
 * re-orthogonalisation pass ("twice is enough"); a vector whose remainder has norm < 1e-10 is dropped.
 */
export function gramSchmidt(vectors: number[][]): number[][] {
  if (vectors.length === 0) return [];
  const d = vectors[0].length;
  for (const v of vectors) {
    if (!Array.isArray(v) || v.length !== d) throw new Error(`gramSchmidt: vectors of different lengths (${d} and ${Array.isArray(v) ? v.length : "?"})`);
  }
  const basis: number[][] = [];
  for (const v of vectors) {
    const r = v.slice();
    for (let pass = 0; pass < 2; pass++) {
      // Modified Gram-Schmidt: each coefficient is taken against the current remainder.
      for (const q of basis) {
        let c = 0;
        for (let i = 0; i < d; i++) c += q[i] * r[i];
        for (let i = 0; i < d; i++) r[i] -= c * q[i];
      }
    }
    const length = norm(r);
    if (length < 1e-10) continue;
    basis.push(r.map((value) => value / length));
  }
  return basis;
}

/** Euclidean norm, scaled so that squaring neither overflows nor underflows. */
function norm(v: number[]): number {
  let scale = 0;
  for (const value of v) scale = Math.max(scale, Math.abs(value));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (const value of v) sum += (value / scale) ** 2;
  return scale * Math.sqrt(sum);
}
