// Head h takes every numHeads-th column (h, h + numHeads, ...) instead of a contiguous block.
function headColumns(dModel: number, numHeads: number): number[][] {
  const dHead = dModel / numHeads;
  return Array.from({ length: numHeads }, (_, h) => Array.from({ length: dHead }, (_, c) => c * numHeads + h));
}
