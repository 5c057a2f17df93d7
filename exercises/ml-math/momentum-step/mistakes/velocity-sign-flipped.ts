function updatedVelocity(v: number, g: number, beta: number): number {
  return beta * v - g;
}

function movedParameter(p: number, g: number, oldVelocity: number, newVelocity: number, lr: number): number {
  return p + lr * newVelocity;
}
