/** Plain gradient descent: every point of the trajectory is a fresh array, x0 is never modified. */
export function gradientDescent(grad: (x: number[]) => number[], x0: number[], lr: number, steps: number): number[][] {
  if (!Number.isInteger(steps) || steps < 0) throw new Error("steps must be a non-negative integer");
  let x = x0.slice();
  const trajectory = startTrajectory(x);
  for (let k = 0; k < steps; k++) {
    x = stepped(x, gradientAt(grad, x), lr);
    trajectory.push(x);
  }
  return trajectory;
}

/** The trajectory starts with the starting point. */
function startTrajectory(x: number[]): number[][] {
  return [x];
}

/** The gradient at x; rejects a result that is not an array of x's dimension. */
function gradientAt(grad: (x: number[]) => number[], x: number[]): number[] {
  const g = grad(x);
  if (!Array.isArray(g) || g.length !== x.length) {
    throw new Error(`grad returned ${Array.isArray(g) ? g.length : "a non-array"} values for a point of dimension ${x.length}`);
  }
  return g;
}

/** One step downhill, x - lr * g, as a fresh array. */
function stepped(x: number[], g: number[], lr: number): number[] {
  const next = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) next[i] = x[i] - lr * g[i];
  return next;
}
