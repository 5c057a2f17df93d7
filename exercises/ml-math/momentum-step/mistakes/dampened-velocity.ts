function updatedVelocity(v: number, g: number, beta: number): number {
  return beta * v + (1 - beta) * g;
}
