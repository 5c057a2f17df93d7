// W is read as k x d (PyTorch's nn.Linear layout, out x in): the layer computes X W^T + b.
export function denseForward(X: number[][], W: number[][], b: number[], activation: "relu" | "sigmoid" | "none"): number[][] {
  checkActivation(activation);
  const transposed = W[0].map((_, c) => W.map((row) => row[c]));
  checkShapes(X, transposed, b);
  return X.map((row) => layerOutput(row, transposed, b, activation));
}
