function strideOf(size: number, stride: number | undefined): number {
  return size;
}
