export function denseForward(X: number[][], W: number[][], b: number[], activation: "relu" | "sigmoid" | "none"): number[][] {
  if (!["relu", "sigmoid", "none"].includes(activation)) throw new Error("unknown activation");
  if (X.length === 0) return [];
  if (X[0].length === 0 || W.length === 0 || W[0].length === 0) throw new Error("empty input");
  const d = X[0].length;
  if (X.some((row) => row.length !== d) || W.some((row) => row.length !== W[0].length)) throw new Error("ragged input");
  // W is read as k x d (PyTorch's nn.Linear layout, out x in): the layer computes X W^T + b.
  if (W[0].length !== d) throw new Error("X columns must match W columns");
  if (b.length !== W.length) throw new Error("b must have one entry per row of W");
  return X.map((row) => {
    const z = W.map((w, c) => row.reduce((acc, x, j) => acc + x * w[j], 0) + b[c]);
    return z.map((v) => activate(v, activation));
  });
}

function activate(z: number, activation: string): number {
  if (activation === "relu") return Math.max(0, z);
  if (activation === "sigmoid") return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return z;
}
