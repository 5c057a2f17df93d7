function errorOf(z: number, y: number): number {
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return (p - y) * p * (1 - p);
}
