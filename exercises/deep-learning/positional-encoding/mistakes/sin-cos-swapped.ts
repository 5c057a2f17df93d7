// cos in the even columns and sin in the odd ones.
function wave(j: number, angle: number): number {
  return j % 2 === 0 ? Math.cos(angle) : Math.sin(angle);
}
