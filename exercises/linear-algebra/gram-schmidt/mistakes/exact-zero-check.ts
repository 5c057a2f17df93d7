function isIndependent(length: number, original: number): boolean {
  return length !== 0;
}
