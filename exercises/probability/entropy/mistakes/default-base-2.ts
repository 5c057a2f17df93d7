// Base 2 (bits) by default where the natural log (nats) is asked for.
export function entropy(p: number[], base: number = 2): number {
  checkArguments(p, base);
  return inBase(entropyInNats(p), base);
}
