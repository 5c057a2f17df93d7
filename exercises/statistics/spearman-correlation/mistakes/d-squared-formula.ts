function ranks(a: number[]): number[] {
  const order = a.map((_, i) => i).sort((i, j) => a[i] - a[j]);
  const r = new Array<number>(a.length);
  let i = 0;
  while (i < a.length) {
    let j = i;
    while (j + 1 < a.length && a[order[j + 1]] === a[order[i]]) j++;
    for (let k = i; k <= j; k++) r[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

export function spearman(x: number[], y: number[]): number {
  if (x.length !== y.length) throw new Error("length mismatch");
  if (x.length < 2) throw new Error("need at least two pairs");
  if (x.every((v) => v === x[0]) || y.every((v) => v === y[0])) throw new Error("constant input");
  const rx = ranks(x);
  const ry = ranks(y);
  const n = x.length;
  let d2 = 0;
  for (let i = 0; i < n; i++) d2 += (rx[i] - ry[i]) ** 2;
  return 1 - (6 * d2) / (n * (n * n - 1));
}
