// Moves every coordinate at once: each component is the slope along (1, ..., 1), not along e_i.
function shifted(x: number[], i: number, step: number): number[] {
  return x.map((v) => v + step);
}
