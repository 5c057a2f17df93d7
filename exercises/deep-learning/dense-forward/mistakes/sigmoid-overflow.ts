// exp(z) / (1 + exp(z)) for every z: Infinity / Infinity = NaN once z > 709.
function sigmoid(z: number): number {
  return Math.exp(z) / (1 + Math.exp(z));
}
