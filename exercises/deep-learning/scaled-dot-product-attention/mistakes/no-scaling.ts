// The dot products are used as they are, without dividing by sqrt(d_k).
function score(q: number[], k: number[]): number {
  let dot = 0;
  for (let c = 0; c < q.length; c++) dot += q[c] * k[c];
  return dot;
}
