export function cosineSimilarity(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error("length mismatch");
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    aa += a[i] * a[i];
    bb += b[i] * b[i];
  }
  const na = Math.sqrt(aa);
  const nb = Math.sqrt(bb);
  if (na === 0 || nb === 0) throw new Error("zero vector");
  return dot / (na * nb);
}
