function checkLengths(a: number[], b: number[]): void {}

function clampToUnit(cosine: number): number {
  return cosine;
}
