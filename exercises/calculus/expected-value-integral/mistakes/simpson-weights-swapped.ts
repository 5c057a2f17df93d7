function simpsonWeight(i: number): number {
  return i % 2 === 0 ? 4 : 2;
}
