/**
 * Cosine of the angle between a and b: a.b / (||a|| ||b||). Each vector is first divided by its
 * largest absolute entry (the cosine does not change), so entries like 1e200 or 1e-200 neither
 * overflow nor underflow; the result is clamped to [-1, 1] against rounding.
 */
export function cosineSimilarity(a: number[], b: number[]): number {
  checkLengths(a, b);
  return clampToUnit(scaledCosine(scaledByMax(a, "a"), scaledByMax(b, "b")));
}

function checkLengths(a: number[], b: number[]): void {
  if (a.length !== b.length) throw new Error(`cosineSimilarity: length mismatch (${a.length} vs ${b.length})`);
}

/** sa.sb / (||sa|| ||sb||), summed in one pass over the entries of sa. */
function scaledCosine(sa: number[], sb: number[]): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < sa.length; i++) {
    dot += sa[i] * sb[i];
    aa += sa[i] * sa[i];
    bb += sb[i] * sb[i];
  }
  return dot / (Math.sqrt(aa) * Math.sqrt(bb));
}

/** The cosine clamped to [-1, 1] against rounding. */
function clampToUnit(cosine: number): number {
  return Math.min(1, Math.max(-1, cosine));
}

/** v divided by its largest absolute entry (same direction); throws for the zero vector. */
function scaledByMax(v: number[], name: string): number[] {
  let max = 0;
  for (const value of v) max = Math.max(max, Math.abs(value));
  if (max === 0) throw new Error(`cosineSimilarity: ${name} is the zero vector, its direction is undefined`);
  return v.map((value) => value / max);
}
