// Steps along v itself, not along the unit vector v / |v|.
function unitVector(v: number[]): number[] {
  if (v.every((value) => value === 0)) throw new Error("directionalDerivative: the zero vector has no direction");
  return v;
}
