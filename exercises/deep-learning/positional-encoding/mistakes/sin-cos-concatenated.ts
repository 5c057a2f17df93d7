export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  if (!Number.isInteger(seqLen) || seqLen < 0) throw new Error("seqLen must be a non-negative integer");
  if (!Number.isInteger(dModel) || dModel < 0) throw new Error("dModel must be a non-negative integer");
  // All the sines first, then all the cosines (the tensor2tensor layout), instead of interleaved.
  const half = Math.ceil(dModel / 2);
  const pe: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    const angles = Array.from({ length: half }, (_, i) => pos / Math.pow(10000, (2 * i) / dModel));
    pe.push([...angles.map(Math.sin), ...angles.map(Math.cos)].slice(0, dModel));
  }
  return pe;
}
