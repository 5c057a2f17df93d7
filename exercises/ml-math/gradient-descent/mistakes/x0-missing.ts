function startTrajectory(x: number[]): number[][] {
  return [];
}
