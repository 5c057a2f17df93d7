/**
 * Orthonormal basis of the span of `vectors`, in input order, by modified Gram-Schmidt with one
 * re-orthogonalisation pass ("twice is enough"). A vector is dropped when its remainder has norm below
 * 1e-10 times its own norm: the catalog's absolute 1e-10 made scale-aware (the same for vectors of
 * norm about 1, and gramSchmidt(c V) = gramSchmidt(V) for every c > 0). Zero vectors are dropped.
 */
export function gramSchmidt(vectors: number[][]): number[][] {
  if (vectors.length === 0) return [];
  const d = commonLength(vectors);
  const basis: number[][] = [];
  for (const v of vectors) {
    const r = remainder(v, basis, d);
    const length = norm(r);
    if (!isIndependent(length, norm(v))) continue;
    basis.push(r.map((value) => value / length));
  }
  return basis;
}

/** The length d shared by all the vectors; throws when two lengths differ. */
function commonLength(vectors: number[][]): number {
  const d = vectors[0].length;
  for (const v of vectors) {
    if (!Array.isArray(v) || v.length !== d) throw new Error(`gramSchmidt: vectors of different lengths (${d} and ${Array.isArray(v) ? v.length : "?"})`);
  }
  return d;
}

/** v minus its projections onto the orthonormal basis so far, with one re-orthogonalisation pass. */
function remainder(v: number[], basis: number[][], d: number): number[] {
  const r = v.slice();
  for (let pass = 0; pass < 2; pass++) {
    // Modified Gram-Schmidt: each coefficient is taken against the current remainder.
    for (const q of basis) {
      let c = 0;
      for (let i = 0; i < d; i++) c += q[i] * r[i];
      for (let i = 0; i < d; i++) r[i] -= c * q[i];
    }
  }
  return r;
}

/** A remainder counts as a new direction when its norm exceeds 1e-10 times the vector's own norm. */
function isIndependent(length: number, original: number): boolean {
  return length > 1e-10 * original;
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
