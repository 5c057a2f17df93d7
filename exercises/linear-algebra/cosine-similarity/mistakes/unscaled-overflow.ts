// a and b used as they are: a.a overflows for entries like 1e200 and underflows for 1e-200.
function scaledByMax(v: number[], name: string): number[] {
  if (v.every((x) => x === 0)) throw new Error("zero vector");
  return v;
}

function clampToUnit(cosine: number): number {
  return cosine;
}
