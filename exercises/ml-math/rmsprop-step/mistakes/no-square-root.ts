function movedParameter(p: number, g: number, s: number, lr: number, eps: number): number {
  return p - (lr * g) / (s + eps);
}
