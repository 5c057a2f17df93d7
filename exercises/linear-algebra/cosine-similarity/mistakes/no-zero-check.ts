export function cosineSimilarity(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error("length mismatch");
  const ma = a.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  const mb = b.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  const sa = a.map((x) => x / ma);
  const sb = b.map((x) => x / mb);
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += sa[i] * sb[i];
    aa += sa[i] * sa[i];
    bb += sb[i] * sb[i];
  }
  return dot / (Math.sqrt(aa) * Math.sqrt(bb));
}
