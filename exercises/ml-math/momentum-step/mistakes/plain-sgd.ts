function movedParameter(p: number, g: number, oldVelocity: number, newVelocity: number, lr: number): number {
  return p - lr * g;
}
