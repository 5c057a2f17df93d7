function logSumExp(row: number[]): number {
  return Math.log(row.reduce((sum, z) => sum + Math.exp(z), 0));
}
