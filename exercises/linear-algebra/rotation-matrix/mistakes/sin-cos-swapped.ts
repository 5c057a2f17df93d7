export function rotation2d(theta: number): number[][] {
  if (!Number.isFinite(theta)) throw new Error("theta must be finite");
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return [
    [s, -c],
    [c, s],
  ];
}
