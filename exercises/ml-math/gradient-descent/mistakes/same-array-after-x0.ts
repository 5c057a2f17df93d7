export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error("steps must be a non-negative integer");
  const x = x0.slice();
  const trajectory = [x0];
  for (let k = 0; k < steps; k++) trajectory.push(Object.assign(x, stepped(x, gradientAt(grad, x), lr)));
  return trajectory;
}
