// d_i = b_i - a_i: t has the wrong sign.
function differences(a: number[], b: number[]): number[] {
  return a.map((v, i) => b[i] - v);
}
