function outputSize(length: number, size: number, step: number): number {
  return Math.ceil((length - size) / step) + 1;
}

function windowValue(sum: number, count: number, size: number): number {
  return sum / (size * size);
}
