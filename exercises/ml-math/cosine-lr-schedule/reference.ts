/** Cosine annealing from lrMax (step 0) to lrMin (step = totalSteps). */
export function cosineSchedule(step: number, totalSteps: number, lrMax: number, lrMin: number): number {
  // Written as negated ranges so that NaN is rejected too.
  if (!(totalSteps > 0 && Number.isFinite(totalSteps))) throw new Error(`totalSteps must be positive, got ${totalSteps}`);
  if (!(step >= 0 && step <= totalSteps)) throw new Error(`step must be in [0, ${totalSteps}], got ${step}`);
  const factor = (1 + Math.cos((Math.PI * step) / totalSteps)) / 2;
  return lrMin + (lrMax - lrMin) * factor;
}
