// scaled by the largest |v_i|, but 0 / 0 when every entry is 0
function l2(v: number[]): number {
  const m = largestAbs(v);
  let s = 0;
  for (const x of v) s += (x / m) * (x / m);
  return m * Math.sqrt(s);
}
