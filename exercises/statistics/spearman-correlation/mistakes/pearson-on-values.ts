function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  if (saa === 0 || sbb === 0) throw new Error("constant input");
  return sab / Math.sqrt(saa * sbb);
}

export function spearman(x: number[], y: number[]): number {
  if (x.length !== y.length) throw new Error("length mismatch");
  if (x.length < 2) throw new Error("need at least two pairs");
  if (x.every((v) => v === x[0]) || y.every((v) => v === y[0])) throw new Error("constant input");
  return pearson(x, y);
}
