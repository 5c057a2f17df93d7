function stepped(x: number[], g: number[], lr: number): number[] {
  for (let i = 0; i < x.length; i++) x[i] -= lr * g[i];
  return x;
}
