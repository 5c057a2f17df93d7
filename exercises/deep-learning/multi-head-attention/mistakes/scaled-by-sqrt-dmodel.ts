function scaleOf(headSize: number, dModel: number): number {
  return Math.sqrt(dModel);
}
