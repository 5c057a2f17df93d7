// Sizes read from the first rows only: a ragged X or W slips through.
function checkShapes(X: number[][], W: number[][], b: number[], dOut: number[][]): void {
  const n = X.length;
  const d = W.length;
  if (n === 0) throw new Error("denseBackward: X has no rows");
  if (d === 0) throw new Error("denseBackward: W has no rows");
  const k = W[0].length;
  if (k === 0) throw new Error("denseBackward: W has no columns");
  if (X[0].length !== d) throw new Error("X and W do not fit");
  if (b.length !== k) throw new Error(`denseBackward: b has ${b.length} entries, W has ${k} columns`);
  if (dOut.length !== n) throw new Error(`denseBackward: dOut has ${dOut.length} rows, X has ${n}`);
  dOut.forEach((row, i) => {
    if (row.length !== k) throw new Error(`denseBackward: row ${i} of dOut has ${row.length} entries, expected ${k}`);
  });
}
