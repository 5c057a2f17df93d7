// Divides by d_k instead of its square root.
function score(q: number[], k: number[]): number {
  let dot = 0;
  for (let c = 0; c < q.length; c++) dot += q[c] * k[c];
  return dot / q.length;
}
