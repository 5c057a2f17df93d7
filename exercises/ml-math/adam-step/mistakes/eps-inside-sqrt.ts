function movedParameter(p: number, mHat: number, vHat: number, lr: number, eps: number): number {
  return p - (lr * mHat) / Math.sqrt(vHat + eps);
}
