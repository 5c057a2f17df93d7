// No zero check: the zero vector gives 0 / 0 = NaN instead of an error.
function unitVector(v: number[]): number[] {
  const norm = euclideanNorm(v);
  return v.map((value) => value / norm);
}
