function secondMoment(s: number, g: number, rho: number): number {
  return (1 - rho) * s + rho * g * g;
}
