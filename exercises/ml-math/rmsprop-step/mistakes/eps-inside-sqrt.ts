function movedParameter(p: number, g: number, s: number, lr: number, eps: number): number {
  return p - (lr * g) / Math.sqrt(s + eps);
}
