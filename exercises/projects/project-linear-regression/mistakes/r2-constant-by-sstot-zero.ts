function rSquared(yTrue: number[], ssRes: number, ssTot: number): number {
  return ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
}
