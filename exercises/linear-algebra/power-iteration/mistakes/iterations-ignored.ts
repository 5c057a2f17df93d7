function iterate(A: number[][], v: number[], iterations: number): number[] {
  for (let k = 0; k < 1000; k++) v = unit(multiply(A, v));
  return v;
}
