// a and b used as they are: a.a overflows for entries like 1e200 and underflows (to a "zero vector") for 1e-200.
function scaledByMax(v: number[], name: string): number[] {
  let vv = 0;
  for (let i = 0; i < v.length; i++) vv += v[i] * v[i];
  if (Math.sqrt(vv) === 0) throw new Error("zero vector");
  return v;
}

function clampToUnit(cosine: number): number {
  return cosine;
}
