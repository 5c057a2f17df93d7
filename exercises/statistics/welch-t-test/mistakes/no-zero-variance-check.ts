export function welchTTest(a: number[], b: number[]): { t: number; df: number; p: number } {
  const na = a.length;
  const nb = b.length;
  if (na < 2 || nb < 2) throw new Error("need at least two values in each sample");
  const ma = a.reduce((s, v) => s + v, 0) / na;
  const mb = b.reduce((s, v) => s + v, 0) / nb;
  const va = a.reduce((s, v) => s + (v - ma) ** 2, 0) / (na - 1);
  const vb = b.reduce((s, v) => s + (v - mb) ** 2, 0) / (nb - 1);
  const sea = va / na;
  const seb = vb / nb;

  const t = (ma - mb) / Math.sqrt(sea + seb);
  const df = (sea + seb) ** 2 / (sea ** 2 / (na - 1) + seb ** 2 / (nb - 1));
  const p = 2 * (1 - studentTCdf(Math.abs(t), df));
  return { t, df, p };
}
