function rankCorrelation(rx: number[], ry: number[]): number {
  if (rx.every((r) => r === rx[0]) || ry.every((r) => r === ry[0])) throw new Error("constant input");
  const n = rx.length;
  const d2 = rx.reduce((total, r, i) => total + (r - ry[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}
