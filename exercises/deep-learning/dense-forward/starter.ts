/** Forward pass of a fully connected layer: activation(X W + b), with activation 'relu', 'sigmoid' or 'none'. */
export function denseForward(X: number[][], W: number[][], b: number[], activation: "relu" | "sigmoid" | "none"): number[][] {
  // Your code here: X is n x d, W is d x k, b has k entries; the result is n x k.
  return X;
}
