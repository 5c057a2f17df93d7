/** A fully connected layer: activation(X W + b), row by row, with a numerically stable sigmoid. */
export function denseForward(X: number[][], W: number[][], b: number[], activation: "relu" | "sigmoid" | "none"): number[][] {
  if (activation !== "relu" && activation !== "sigmoid" && activation !== "none") {
    throw new Error(`unknown activation ${JSON.stringify(activation)}: use 'relu', 'sigmoid' or 'none'`);
  }
  const [dOfW, k] = shapeOf(W, "W");
  if (Array.isArray(X) && X.length === 0) {
    // No samples: the output has no rows either (an empty answer, not an error).
    if (!Array.isArray(b) || b.length !== k) throw new Error(`b must have ${k} entries, one per column of W`);
    return [];
  }
  const [, d] = shapeOf(X, "X");
  if (dOfW !== d) throw new Error(`X has ${d} columns but W has ${dOfW} rows`);
  if (!Array.isArray(b) || b.length !== k) throw new Error(`b must have ${k} entries, one per column of W`);
  return X.map((row) => {
    const out: number[] = new Array(k);
    for (let c = 0; c < k; c++) {
      let z = b[c];
      for (let j = 0; j < d; j++) z += row[j] * W[j][c];
      out[c] = activation === "relu" ? (z > 0 ? z : 0) : activation === "sigmoid" ? sigmoid(z) : z;
    }
    return out;
  });
}

/** Logistic sigmoid that never evaluates exp of a large positive number. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** [rows, columns] of a non-empty rectangular matrix; throws for empty or ragged input. */
function shapeOf(matrix: number[][], name: string): [number, number] {
  if (!Array.isArray(matrix) || matrix.length === 0) throw new Error(`${name} must have at least one row`);
  const columns = Array.isArray(matrix[0]) ? matrix[0].length : 0;
  if (columns === 0) throw new Error(`${name} must have at least one column`);
  for (const row of matrix) {
    if (!Array.isArray(row) || row.length !== columns) throw new Error(`${name} rows must all have ${columns} entries`);
  }
  return [matrix.length, columns];
}
