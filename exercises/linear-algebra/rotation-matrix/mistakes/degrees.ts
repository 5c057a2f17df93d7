export function rotation2d(theta: number): number[][] {
  checkAngle(theta);
  const rad = (theta * Math.PI) / 180;
  return rotationOf(Math.cos(rad), Math.sin(rad));
}
