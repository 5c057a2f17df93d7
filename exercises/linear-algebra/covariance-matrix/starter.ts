/** Sample covariance matrix (n - 1) of the columns of X; each row of X is one observation. */
export function covarianceMatrix(X: number[][]): number[][] {
  // Your code here.
  return X[0].map(() => X[0].map(() => 0));
}
