function pointLoss(error: number): number {
  return error;
}

function meanLoss(total: number, n: number): number {
  return (total / n) * (total / n);
}
