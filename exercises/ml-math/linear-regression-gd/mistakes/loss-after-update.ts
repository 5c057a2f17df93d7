// The loss recorded after the update, not before it: losses[0] is already the second model's loss.
function epochLoss(
  X: number[][],
  y: number[],
  model: { weights: number[]; bias: number },
  errors: number[],
  lr: number,
  forward: Forward,
  update: Update,
): number {
  forward(X, y, model, errors);
  update(X, model, errors, lr);
  return forward(X, y, model, errors);
}
