export function rotation2d(theta: number): number[][] {
  if (!Number.isFinite(theta)) throw new Error("theta must be finite");
  const rad = (theta * Math.PI) / 180;
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  return [
    [c, -s],
    [s, c],
  ];
}
