function sortedPairs(a: number[][], V: number[][], n: number): { values: number[]; vectors: number[][] } {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => Math.abs(a[j][j]) - Math.abs(a[i][i]));
  return { values: order.map((k) => a[k][k]), vectors: order.map((k) => withSignConvention(V.map((row) => row[k]))) };
}
