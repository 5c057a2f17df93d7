/** Pearson correlation coefficient r of paired samples x and y, in [-1, 1]. */
export function pearson(x: number[], y: number[]): number {
  // Your code here.
  return 0;
}
