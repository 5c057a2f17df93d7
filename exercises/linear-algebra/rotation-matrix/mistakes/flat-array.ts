// row-major, but flattened into one array of 4 numbers
function rotationOf(c: number, s: number): number[][] {
  return [c, -s, s, c] as unknown as number[][];
}
