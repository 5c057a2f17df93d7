/** Predictions X w + b, one per row. */
export function predict(model: { weights: number[]; bias: number }, X: number[][]): number[] {
  return X.map((row, i) => {
    if (row.length !== model.weights.length) throw new Error(`row ${i} has ${row.length} features, the model has ${model.weights.length} weights`);
    let prediction = 0;
    for (let j = 0; j < row.length; j++) prediction += row[j] * model.weights[j];
    return prediction;
  });
}
