function rotationOf(c: number, s: number): number[][] {
  return [
    [c, s],
    [s, c],
  ];
}
