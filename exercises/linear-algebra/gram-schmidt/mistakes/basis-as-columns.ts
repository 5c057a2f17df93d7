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
  // Returns Q with the basis vectors as columns (d x k), as numpy's QR does.
  if (basis.length === 0) return [];
  return basis[0].map((_, i) => basis.map((q) => q[i]));
}
