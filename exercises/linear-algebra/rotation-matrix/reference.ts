/** Counter-clockwise rotation of the plane by theta radians: [[cos, -sin], [sin, cos]]. */
export function rotation2d(theta: number): number[][] {
  checkAngle(theta);
  return rotationOf(Math.cos(theta), Math.sin(theta));
}

function checkAngle(theta: number): void {
  if (!Number.isFinite(theta)) throw new Error(`rotation2d: theta must be a finite number of radians, got ${theta}`);
}

/** The rotation matrix from c = cos(theta) and s = sin(theta). */
function rotationOf(c: number, s: number): number[][] {
  return [
    [c, -s],
    [s, c],
  ];
}
