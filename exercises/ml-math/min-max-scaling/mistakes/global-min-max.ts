function columnBounds(X: number[][], d: number): { min: number[]; max: number[] } {
  const all = X.flat();
  return { min: new Array<number>(d).fill(Math.min(...all)), max: new Array<number>(d).fill(Math.max(...all)) };
}
