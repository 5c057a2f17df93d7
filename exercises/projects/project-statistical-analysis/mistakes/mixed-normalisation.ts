function pairCorrelation(diagonal: boolean, cross: number, ssJ: number, ssK: number, n: number): number {
  const covariance = (diagonal ? ssJ : cross) / (n - 1);
  return covariance / (Math.sqrt(ssJ / n) * Math.sqrt(ssK / n));
}
