/**
 * Logistic sigmoid, element-wise. Each branch only ever evaluates exp of a non-positive number,
 * so nothing overflows, and the left tail keeps its relative precision (e^x / (1 + e^x) there).
 */
export function sigmoid(x: number[]): number[] {
  return x.map((value) => {
    if (value >= 0) return 1 / (1 + Math.exp(-value));
    const e = Math.exp(value);
    return e / (1 + e);
  });
}
