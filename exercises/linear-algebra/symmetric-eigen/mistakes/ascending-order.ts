function sortedPairs(a: number[][], V: number[][], n: number): { values: number[]; vectors: number[][] } {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i][i] - a[j][j]);
  return { values: order.map((k) => a[k][k]), vectors: order.map((k) => withSignConvention(V.map((row) => row[k]))) };
}
