function secondMoment(s: number, g: number, rho: number): number {
  return rho * s + g * g;
}
