function backSubstitute(U: number[][], y: number[], n: number): number[] {
  const x = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = y[i];
    for (let j = i + 1; j < n; j++) sum -= U[i][j] * x[j];
    x[i] = sum / U[i][i];
  }
  return x;
}
