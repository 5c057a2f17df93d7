export function norm(v: number[], p: 1 | 2 | "inf" = 2): number {
  if (p !== 1 && p !== 2 && p !== "inf") throw new Error("p must be 1, 2 or inf");
  if (p === 1) return v.reduce((acc, x) => acc + x, 0);
  if (p === "inf") return v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  if (m === 0) return 0;
  let s = 0;
  for (const x of v) s += (x / m) * (x / m);
  return m * Math.sqrt(s);
}
