function zeroMatrix(size: number): number[][] {
  return new Array(size).fill(new Array<number>(size).fill(0));
}
