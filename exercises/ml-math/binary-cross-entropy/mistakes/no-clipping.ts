function clipped(p: number, eps: number): number {
  return p;
}

function weightedLog(w: number, q: number): number {
  return w * logOf(q);
}
