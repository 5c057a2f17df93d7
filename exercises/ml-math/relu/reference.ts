/** Rectified linear unit, element-wise: max(0, x). Returns a new array. */
export function relu(x: number[]): number[] {
  return x.map((value) => (value > 0 ? value : 0));
}
