function headColumns(dModel: number, numHeads: number): number[][] {
  const dHead = dModel / numHeads;
  return Array.from({ length: numHeads }, (_, h) => Array.from({ length: dHead }, (_, c) => c * numHeads + h));
}
