function outputSize(length: number, size: number, step: number): number {
  return Math.ceil((length - size) / step) + 1;
}
