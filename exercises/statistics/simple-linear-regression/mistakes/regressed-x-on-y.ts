// sxy / syy: the slope of x on y, not of y on x, and r2 from that line's residuals.
export function fitLine(x: number[], y: number[]): { slope: number; intercept: number; r2: number } {
  checkPoints(x, y);
  const flat = flatFit(y);
  if (flat) return flat;
  const s = centredSums(x, y);
  const slope = s.sxy / s.syy;
  const intercept = s.meanY - slope * s.meanX;
  let ssRes = 0;
  for (let i = 0; i < x.length; i++) ssRes += (y[i] - (intercept + slope * x[i])) ** 2;
  return { slope, intercept, r2: 1 - ssRes / s.syy };
}
