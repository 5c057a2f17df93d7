export function cosineSimilarity(a: number[], b: number[]): number {
  if (a.length !== b.length) throw new Error("length mismatch");
  const sa = scaled(a);
  const sb = scaled(b);
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < sa.length; i++) {
    dot += sa[i] * sb[i];
    aa += sa[i] * sa[i];
    bb += sb[i] * sb[i];
  }
  // 1 - cos: the cosine distance (scipy.spatial.distance.cosine)
  return 1 - dot / (Math.sqrt(aa) * Math.sqrt(bb));
}

function scaled(v: number[]): number[] {
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  if (m === 0) throw new Error("zero vector");
  return v.map((x) => x / m);
}
