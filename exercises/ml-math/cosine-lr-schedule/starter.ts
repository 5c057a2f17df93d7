/** Cosine schedule: lrMin + (lrMax - lrMin)(1 + cos(pi step / totalSteps)) / 2, for 0 <= step <= totalSteps. */
export function cosineSchedule(step: number, totalSteps: number, lrMax: number, lrMin: number): number {
  // Your code here.
  return lrMax;
}
