function afterRowSwap(result: number): number {
  return result;
}
