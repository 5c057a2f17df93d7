function pointLoss(r: number, delta: number): number {
  return r <= delta ? r * r : delta * (r - 0.5 * delta);
}
