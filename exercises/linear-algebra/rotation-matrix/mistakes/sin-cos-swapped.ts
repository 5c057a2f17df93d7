function rotationOf(c: number, s: number): number[][] {
  return [
    [s, -c],
    [c, s],
  ];
}
