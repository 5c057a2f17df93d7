function clipped(p: number, eps: number): number {
  return Math.max(p, eps);
}

function weightedLog(w: number, q: number): number {
  return w * logOf(q);
}
