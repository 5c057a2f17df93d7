function smallRoot(a: number, b: number, c: number, d: number, big: number): number {
  return (a * d - b * c) / big;
}
