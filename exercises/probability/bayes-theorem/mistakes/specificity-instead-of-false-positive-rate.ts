export function posterior(prior: number, sensitivity: number, falsePositiveRate: number): number {
  for (const p of [prior, sensitivity, falsePositiveRate]) if (!(p >= 0 && p <= 1)) throw new Error("not a probability");
  const specificity = 1 - falsePositiveRate;
  const evidence = prior * sensitivity + (1 - prior) * specificity;
  if (evidence === 0) throw new Error("P(+) = 0");
  return (prior * sensitivity) / evidence;
}
