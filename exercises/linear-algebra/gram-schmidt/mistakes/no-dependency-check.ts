function isIndependent(length: number, original: number): boolean {
  return true;
}
