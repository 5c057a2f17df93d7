export function posterior(prior: number, sensitivity: number, falsePositiveRate: number): number {
  for (const p of [prior, sensitivity, falsePositiveRate]) if (!(p >= 0 && p <= 1)) throw new Error("not a probability");
  return (prior * sensitivity) / (prior * sensitivity + (1 - prior) * falsePositiveRate);
}
