function firstMoment(m: number, g: number, beta1: number): number {
  return beta1 * m + g;
}

function secondMoment(v: number, g: number, beta2: number): number {
  return beta2 * v + g * g;
}
