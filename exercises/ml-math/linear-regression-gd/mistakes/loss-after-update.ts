function descend(
  X: number[][],
  y: number[],
  lr: number,
  epochs: number,
  d: number,
  forward: Forward,
  update: Update,
): { weights: number[]; bias: number; losses: number[] } {
  const model = { weights: new Array<number>(d).fill(0), bias: 0 };
  const losses: number[] = [];
  const errors = new Array<number>(X.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    forward(X, y, model, errors);
    update(X, model, errors, lr);
    losses.push(forward(X, y, model, errors));
  }
  return { weights: model.weights, bias: model.bias, losses };
}
