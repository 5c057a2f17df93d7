export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  if (!Number.isInteger(seqLen) || seqLen < 0) throw new Error("seqLen must be a non-negative integer");
  if (!Number.isInteger(dModel) || dModel < 0) throw new Error("dModel must be a non-negative integer");
  const pe: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    const row: number[] = [];
    for (let j = 0; j < dModel; j++) {
      // Positions counted from 1: the first token gets position 1.
      const i2 = j - (j % 2);
      const angle = (pos + 1) / Math.pow(10000, i2 / dModel);
      row.push(j % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
    }
    pe.push(row);
  }
  return pe;
}
