function pool(window: number[]): number {
  return window.reduce((sum, value) => sum + value, 0) / window.length;
}
