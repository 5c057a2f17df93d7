/** Cosine similarity a.b / (||a|| ||b||); throws on a length mismatch or a zero vector. */
export function cosineSimilarity(a: number[], b: number[]): number {
  // Your code here.
  return 0;
}
