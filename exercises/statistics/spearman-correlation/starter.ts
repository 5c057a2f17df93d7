/** Spearman's rank correlation of x and y: Pearson's r of their ranks, ties given their average rank. */
export function spearman(x: number[], y: number[]): number {
  // Your code here.
  return 0;
}
