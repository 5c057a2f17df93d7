function stepped(x: number[], g: number[], lr: number): number[] {
  return x.map((value, i) => value + lr * g[i]);
}
