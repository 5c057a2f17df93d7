export function cosineSchedule(step: number, totalSteps: number, lrMax: number, lrMin: number): number {
  if (totalSteps <= 0) throw new Error("totalSteps must be positive");
  if (step < 0 || step > totalSteps || Number.isNaN(step)) throw new Error("step out of range");
  return lrMax + ((lrMin - lrMax) * (1 + Math.cos((Math.PI * step) / totalSteps))) / 2;
}
