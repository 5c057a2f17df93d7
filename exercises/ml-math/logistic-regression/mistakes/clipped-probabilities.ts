function pointLoss(z: number, y: number): number {
  const p = Math.min(Math.max(1 / (1 + Math.exp(-z)), 1e-12), 1 - 1e-12);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}
