// Divides v by |v|^2 instead of |v|.
function euclideanNorm(v: number[]): number {
  return v.reduce((s, value) => s + value * value, 0);
}
