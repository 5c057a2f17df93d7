function headColumns(dModel: number, numHeads: number): number[][] {
  return [Array.from({ length: dModel }, (_, c) => c)];
}
