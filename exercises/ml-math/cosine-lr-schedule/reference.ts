/** Cosine annealing from lrMax (step 0) to lrMin (step = totalSteps). */
export function cosineSchedule(step: number, totalSteps: number, lrMax: number, lrMin: number): number {
  checkArguments(step, totalSteps);
  return annealed(lrMax, lrMin, cosineFactor(step, totalSteps));
}

/** Rejects a non-positive or infinite totalSteps and a step outside [0, totalSteps]. */
function checkArguments(step: number, totalSteps: number): void {
  // Written as negated ranges so that NaN is rejected too.
  if (!(totalSteps > 0 && Number.isFinite(totalSteps))) throw new Error(`totalSteps must be positive, got ${totalSteps}`);
  if (!(step >= 0 && step <= totalSteps)) throw new Error(`step must be in [0, ${totalSteps}], got ${step}`);
}

/** The share of the range still left at this step: (1 + cos(pi step / totalSteps)) / 2, from 1 down to 0. */
function cosineFactor(step: number, totalSteps: number): number {
  return (1 + Math.cos((Math.PI * step) / totalSteps)) / 2;
}

/** lrMin plus that share of the range lrMax - lrMin. */
function annealed(lrMax: number, lrMin: number, factor: number): number {
  return lrMin + (lrMax - lrMin) * factor;
}
