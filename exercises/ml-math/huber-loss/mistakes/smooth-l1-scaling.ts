function pointLoss(r: number, delta: number): number {
  return r < delta ? (0.5 * r * r) / delta : r - 0.5 * delta;
}
