function descend(Z: number[][], y: number[], lr: number, epochs: number): { v: number[]; c: number; losses: number[] } {
  const v = new Array<number>(Z[0].length).fill(0);
  let c = 0;
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    c = gradientStep(Z, y, v, c, lr).c;
    losses.push(gradientStep(Z, y, [...v], c, 0).lossBefore); // the loss after the update
  }
  return { v, c, losses };
}
