/** Gram-Schmidt: an orthonormal basis of the span of `vectors`, in input order; vectors whose remainder has norm < 1e-10 are dropped. */
export function gramSchmidt(vectors: number[][]): number[][] {
  // Your code here.
  return vectors;
}
