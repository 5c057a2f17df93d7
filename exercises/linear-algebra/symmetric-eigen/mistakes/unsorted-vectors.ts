function sortedPairs(a: number[][], V: number[][], n: number): { values: number[]; vectors: number[][] } {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return { values: order.map((k) => a[k][k]), vectors: V.map((_, k) => withSignConvention(V.map((row) => row[k]))) };
}
