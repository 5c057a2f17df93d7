function checkShapes(A: number[][], b: number[]): number {
  if (A.some((row) => row.length !== A.length)) throw new Error("A must be square");
  return A.length;
}
