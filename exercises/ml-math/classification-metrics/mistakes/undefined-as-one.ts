function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}
