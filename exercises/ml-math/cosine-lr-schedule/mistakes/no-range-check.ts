export function cosineSchedule(step: number, totalSteps: number, lrMax: number, lrMin: number): number {
  const progress = step / totalSteps;
  return lrMin + 0.5 * (lrMax - lrMin) * (1 + Math.cos(Math.PI * progress));
}
