import { defineTests, fn } from "@/lib/exercises/test-kit";

const h = 1e-5;

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "quadratic plus linear term", args: [fn("x => x[0] * x[0] + 3 * x[1]"), [1, 2]], expected: [2, 3] },
    { name: "linear function: the gradient is its coefficients", args: [fn("x => 2 * x[0] - 5 * x[1] + 0.5 * x[2]"), [0.3, -7, 12]], expected: [2, -5, 0.5] },
    { name: "sum of squares", args: [fn("x => x.reduce((s, v) => s + v * v, 0)"), [0.5, -1.5, 2, 0]], expected: [1, -3, 4, 0] },
    { name: "product of three coordinates (every partial uses the others)", args: [fn("x => x[0] * x[1] * x[2]"), [1, 2, 3]], expected: [6, 3, 2] },
    {
      name: "steep bowl at its minimum: the gradient is exactly zero",
      args: [fn("x => 500 * (x[0] - 1) ** 2 + 2 * (x[1] + 2) ** 2"), [1, -2]],
      expected: [0, 0],
    },
    {
      name: "Rosenbrock function away from its minimum",
      args: [fn("x => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2"), [-1.2, 1]],
      expected: [-215.6, -88],
    },
    {
      name: "log-sum-exp: its gradient is the softmax",
      args: [fn("x => Math.log(x.reduce((s, v) => s + Math.exp(v), 0))"), [1, 2, 3]],
      expected: [0.09003057317038046, 0.24472847105479764, 0.6652409557748219],
    },
    {
      name: "exponential: central difference exp(a x) sinh(a h) / h",
      args: [fn("x => Math.exp(10 * x[0] - x[1])"), [0.2, 1]],
      expected: [(Math.exp(1) * Math.sinh(10 * h)) / h, (-Math.exp(1) * Math.sinh(h)) / h],
    },
    {
      name: "cubic with h = 0.1: central differences give 3x^2 + h^2",
      args: [fn("x => x[0] ** 3 + x[1] ** 3"), [2, -1], 0.1],
      expected: [12.01, 3.01],
    },
    {
      name: "cubic with h = 0.5",
      args: [fn("x => x[0] ** 3 - 2 * x[1] ** 3"), [1, 3], 0.5],
      expected: [3.25, -54.5],
    },
    {
      name: "quadratic with h = 0.5: central differences are exact on quadratics",
      args: [fn("x => x[0] * x[0] + x[0] * x[1]"), [1, 2], 0.5],
      expected: [4, 1],
    },
    {
      name: "one coordinate, log with h = 1e-3: log((x + h) / (x - h)) / 2h",
      args: [fn("x => Math.log(x[0])"), [2], 1e-3],
      expected: [Math.atanh(1e-3 / 2) / 1e-3],
    },
    {
      name: "fast oscillation with the default step: sin(300 x) gives cos(300 x) sin(300 h) / h",
      args: [fn("x => Math.sin(300 * x[0]) - x[1] * x[1]"), [0.01, 1]],
      expected: [(Math.cos(3) * Math.sin(300 * h)) / h, -2],
    },
    {
      name: "faster oscillation with the default step: the truncation error h^2 f'''/6 is visible",
      args: [fn("x => Math.sin(2000 * x[0]) / 2000 + Math.cos(2000 * x[1]) / 2000"), [0, 0.0005]],
      expected: [Math.sin(2000 * h) / (2000 * h), (-Math.sin(1) * Math.sin(2000 * h)) / (2000 * h)],
    },
    {
      name: "three fast oscillations with the default step",
      args: [fn("x => x.reduce((s, v) => s + Math.sin(1500 * v) / 1500, 0)"), [0, 1 / 3000, 0.002]],
      expected: [0, 0.5, 3].map((t) => (Math.cos(t) * Math.sin(1500 * h)) / (1500 * h)),
    },
    { name: "huge function values", args: [fn("x => 1e6 * x[0] * x[0] + x[1]"), [1e-3, 5]], expected: [2000, 1] },
    // The gradient 2e6 x is far above atol here, so an answer of [0, 0] or rounding noise fails:
    // a step scaled by the coordinate (h |x_i| = 1e-14) leaves f(x + step) - f(x - step) below
    // the last digit of f = 1 + 5e-12.
    {
      name: "tiny coordinates: the step stays h = 1e-5 however small x is (1 + 1e6 |x|^2 at (1e-9, -2e-9))",
      args: [fn("x => 1 + 1e6 * (x[0] * x[0] + x[1] * x[1])"), [1e-9, -2e-9]],
      expected: [2e-3, -4e-3],
    },
    {
      name: "ten coordinates, separable",
      args: [fn("x => x.reduce((s, v, i) => s + Math.sin((i + 1) * v), 0)"), [0.1, -0.2, 0.3, -0.4, 0.5, -0.6, 0.7, -0.8, 0.9, -1]],
    },
    { name: "an explicit h = undefined uses the default", args: [fn("x => Math.sin(300 * x[0])"), [0.02], undefined] },
    { name: "an empty x has an empty gradient", args: [fn("x => 0"), []], expected: [] },
    { name: "h = 0 must throw", tier: "robustness", args: [fn("x => x[0] * x[0]"), [1], 0], throws: true },
    { name: "negative h must throw", tier: "robustness", args: [fn("x => x[0] * x[0]"), [1], -1e-3], throws: true },
  ],
  random: {
    seed: 20261201,
    count: 20,
    args: (fc) =>
      fc.tuple(
        fc.constantFrom(
          fn("x => x.reduce((s, v, i) => s + (i + 1) * v * v, 0)"),
          fn("x => Math.exp(x.reduce((s, v, i) => s + (i % 2 === 0 ? v : -v), 0))"),
          fn("x => x.reduce((s, v, i) => s + Math.sin(30 * v + i), 0)"),
          fn("x => Math.log(1 + x.reduce((s, v) => s + v * v, 0))"),
          fn("x => x.reduce((s, v) => s + v * v * v, 0) + x.reduce((p, v) => p * v, 1)"),
          fn("x => x.slice(1).reduce((s, v, i) => s + 100 * (v - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2, 0)"),
        ),
        fc.array(
          fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
          { minLength: 1, maxLength: 5 },
        ),
        fc.constantFrom(undefined, undefined, undefined, 1e-3, 0.01, 0.1),
      ),
  },
});
