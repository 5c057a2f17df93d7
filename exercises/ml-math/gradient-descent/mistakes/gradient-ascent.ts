export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error("bad steps");
  let x = x0;
  const trajectory = [x0];
  for (let k = 0; k < steps; k++) {
    const g = grad(x);
    if (g.length !== x.length) throw new Error("dimension mismatch");
    x = x.map((value, i) => value + lr * g[i]);
    trajectory.push(x);
  }
  return trajectory;
}
