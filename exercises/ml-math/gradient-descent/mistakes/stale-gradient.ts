export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error("steps must be a non-negative integer");
  const trajectory = [x0];
  const g = steps > 0 ? gradientAt(grad, x0) : [];
  for (let k = 0; k < steps; k++) trajectory.push(stepped(trajectory[k], g, lr));
  return trajectory;
}
