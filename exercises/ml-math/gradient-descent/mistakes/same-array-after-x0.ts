export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error("bad steps");
  const trajectory = [x0];
  const x = x0.slice();
  for (let k = 0; k < steps; k++) {
    const g = grad(x);
    if (g.length !== x.length) throw new Error("dimension mismatch");
    for (let i = 0; i < x.length; i++) x[i] = x[i] - lr * g[i];
    trajectory.push(x);
  }
  return trajectory;
}
