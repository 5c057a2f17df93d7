function pool(window: number[]): number {
  let best = 0;
  for (const value of window) if (value > best) best = value;
  return best;
}
