export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error("bad steps");
  const trajectory = [x0];
  if (steps === 0) return trajectory;
  const g = grad(x0);
  if (g.length !== x0.length) throw new Error("dimension mismatch");
  let x = x0;
  for (let k = 0; k < steps; k++) {
    x = x.map((value, i) => value - lr * g[i]);
    trajectory.push(x);
  }
  return trajectory;
}
