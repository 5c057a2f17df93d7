/** 2 x 2 matrix of the counter-clockwise rotation by theta radians. */
export function rotation2d(theta: number): number[][] {
  // Your code here.
  return [
    [1, 0],
    [0, 1],
  ];
}
