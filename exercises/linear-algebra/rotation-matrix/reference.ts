/** Counter-clockwise rotation of the plane by theta radians: [[cos, -sin], [sin, cos]]. */
export function rotation2d(theta: number): number[][] {
  if (!Number.isFinite(theta)) throw new Error(`rotation2d: theta must be a finite number of radians, got ${theta}`);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return [
    [c, -s],
    [s, c],
  ];
}
