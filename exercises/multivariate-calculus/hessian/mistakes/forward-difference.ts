// One-sided (forward) differences for every entry: the error is O(h), not O(h^2).
function finiteDifferenceHessian(f: (x: number[]) => number, x: number[], h: number): number[][] {
  const f0 = f(x.slice());
  return x.map((_, i) =>
    x.map(
      (_, j) =>
        (at(f, x, [
          [i, h],
          [j, h],
        ]) -
          at(f, x, [[i, h]]) -
          at(f, x, [[j, h]]) +
          f0) /
        (h * h),
    ),
  );
}
