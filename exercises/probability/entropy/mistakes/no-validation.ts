export function entropy(p: number[], base: number = Math.E): number {
  let sum = 0;
  for (const value of p) if (value > 0) sum -= value * Math.log(value);
  return sum / Math.log(base);
}
