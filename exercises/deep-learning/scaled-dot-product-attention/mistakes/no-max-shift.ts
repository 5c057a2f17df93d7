// exp of the raw scores: overflows to Infinity (or underflows to 0) when scores are large.
function stabilisingShift(scores: number[], i: number): number {
  if (scores.every((s) => s === -Infinity)) throw new Error(`the mask excludes every key for query ${i}: its attention weights are undefined`);
  return 0;
}
