function scaledValue(x: number, min: number, max: number): number {
  return max === min ? 0 : x / max;
}
