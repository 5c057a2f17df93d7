/** m x n Jacobian of f at x by central differences: J[i][j] = (f_i(x + h e_j) - f_i(x - h e_j)) / (2h). */
export function jacobian(f: (x: number[]) => number[], x: number[], h: number = 1e-5): number[][] {
  // Your code here.
  return f(x).map(() => x.map(() => 0));
}
