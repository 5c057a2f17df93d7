function penalise(M: number[][], d: number, lambda: number, n: number): void {
  for (let j = 0; j <= d; j++) M[j][j] += lambda;
}
