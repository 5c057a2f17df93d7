function windowValue(sum: number, count: number, size: number): number {
  return sum / size;
}
