import { defineTests, fn } from "@/lib/exercises/test-kit";
import { softmaxJacobian } from "../test-data";

const h = 1e-4;
/** The central second difference of sin(k x) and cos(k x) is the exact value times 4 sin^2(k h / 2) / (k h)^2. */
const damping = (k: number) => (4 * Math.sin((k * h) / 2) ** 2) / (k * h) ** 2;
const A5 = [
  [4, 1, 0, -2, 0.5],
  [1, 3, 0.25, 0, 0],
  [0, 0.25, 2, 1, -1],
  [-2, 0, 1, 5, 0.75],
  [0.5, 0, -1, 0.75, 1],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "quadratic: x0^2 + 3 x0 x1 + 2 x1^2",
      args: [fn("x => x[0] * x[0] + 3 * x[0] * x[1] + 2 * x[1] * x[1]"), [0.5, -1]],
      expected: [
        [2, 3],
        [3, 4],
      ],
    },
    {
      name: "quadratic form x^T A x / 2 in five dimensions: the Hessian is A",
      args: [
        fn(
          `x => { const A = ${JSON.stringify(A5)}; let s = 0; for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) s += 0.5 * A[i][j] * x[i] * x[j]; return s; }`,
        ),
        [0.1, -0.2, 0.3, 0.4, -0.5],
      ],
      expected: A5,
    },
    {
      name: "cubic: x0^2 x1 + x1^3",
      args: [fn("x => x[0] * x[0] * x[1] + x[1] ** 3"), [1, 2]],
      expected: [
        [4, 2],
        [2, 12],
      ],
    },
    {
      name: "product of three coordinates plus x0^2",
      args: [fn("x => x[0] * x[1] * x[2] + x[0] * x[0]"), [1, 2, 3]],
      expected: [
        [2, 3, 2],
        [3, 0, 1],
        [2, 1, 0],
      ],
    },
    {
      name: "Rosenbrock at its minimum (1, 1)",
      args: [fn("x => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2"), [1, 1]],
      expected: [
        [802, -400],
        [-400, 200],
      ],
    },
    {
      name: "Rosenbrock at (-1.2, 1)",
      args: [fn("x => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2"), [-1.2, 1]],
      expected: [
        [1330, 480],
        [480, 200],
      ],
    },
    {
      name: "exp(a . x): the Hessian is a a^T exp(a . x)",
      args: [fn("x => Math.exp(x[0] - 2 * x[1])"), [0.5, 0.25]],
      expected: [
        [1, -2],
        [-2, 4],
      ],
    },
    {
      name: "steep exponential exp(3 x0 + 2 x1)",
      args: [fn("x => Math.exp(3 * x[0] + 2 * x[1])"), [0.1, -0.15]],
      expected: [
        [9, 6],
        [6, 4],
      ],
    },
    {
      name: "log-sum-exp: its Hessian is diag(p) - p p^T",
      args: [fn("x => Math.log(x.reduce((s, v) => s + Math.exp(v), 0))"), [1, 2, 3]],
      expected: softmaxJacobian,
    },
    {
      name: "oscillations with the default step: sin(30 x0) + cos(20 x1) + x0 x1",
      args: [fn("x => Math.sin(30 * x[0]) + Math.cos(20 * x[1]) + x[0] * x[1]"), [0.01, 0.02]],
      expected: [
        [-900 * Math.sin(0.3) * damping(30), 1],
        [1, -400 * Math.cos(0.4) * damping(20)],
      ],
    },
    { name: "a plane wave cos(25 x0 - 15 x1) with the default step", args: [fn("x => Math.cos(25 * x[0] - 15 * x[1])"), [0.02, 0.01]] },
    {
      name: "large constant offset: rounding error grows like |f| / h^2",
      args: [fn("x => 300 + x[0] * x[0] + x[0] * x[1] + x[1] * x[1]"), [0.37, -0.71]],
      expected: [
        [2, 1],
        [1, 2],
      ],
    },
    {
      name: "offset of 100",
      args: [fn("x => 100 + x[0] * x[0] + x[0] * x[1] + x[1] * x[1]"), [0.3, -0.7]],
      expected: [
        [2, 1],
        [1, 2],
      ],
    },
    { name: "slow cosine on a large scale", args: [fn("x => 200 * Math.cos(0.1 * x[0]) + x[1] * x[1] * x[0]"), [1.3, 0.4]] },
    { name: "one dimension, cubic with h = 0.5: the second difference is exact", args: [fn("x => x[0] ** 3 - x[0] * x[0]"), [2], 0.5], expected: [[10]] },
    {
      name: "h = 0.5: the mixed difference of x0^3 x1 is 3 x0^2 + h^2",
      args: [fn("x => x[0] ** 3 * x[1] + x[1] ** 3"), [1, 2], 0.5],
      expected: [
        [12, 3.25],
        [3.25, 12],
      ],
    },
    {
      name: "h = 0.1 in three dimensions",
      args: [fn("x => x[0] ** 3 * x[1] + x[1] * x[2] ** 3 + x[0] * x[2]"), [1, -1, 2], 0.1],
      expected: [
        [-6, 3.01, 1],
        [3.01, 0, 12.01],
        [1, 12.01, -12],
      ],
    },
    {
      name: "huge curvature",
      args: [fn("x => 1e6 * x[0] * x[0] + 3 * x[0] * x[1]"), [1e-3, 5]],
      expected: [
        [2e6, 3],
        [3, 0],
      ],
    },
    // Small enough to look like noise, large enough (20 times atol) that zeroing it fails.
    {
      name: "tiny curvature is real curvature: 1e-5 (x0^2 + x1^2) has Hessian 2e-5 I",
      args: [fn("x => 1e-5 * (x[0] * x[0] + x[1] * x[1])"), [0.5, 0.5]],
      expected: [
        [2e-5, 0],
        [0, 2e-5],
      ],
    },
    { name: "an empty x has an empty Hessian", args: [fn("x => 0"), []], expected: [] },
    { name: "h = 0 must throw", tier: "robustness", args: [fn("x => x[0] * x[0]"), [1], 0], throws: true },
    { name: "negative h must throw", tier: "robustness", args: [fn("x => x[0] * x[1]"), [1, 2], -1e-4], throws: true },
  ],
  random: {
    seed: 20261204,
    count: 20,
    args: (fc) =>
      fc.tuple(
        fc.constantFrom(
          fn("x => x.reduce((s, v, i) => s + (i + 1) * v * v, 0) + x.reduce((q, v) => q * v, 1)"),
          fn("x => Math.exp(x.reduce((s, v, i) => s + (i % 2 === 0 ? v : -v) / 2, 0))"),
          fn("x => x.reduce((s, v, i) => s + Math.sin(3 * v + i), 0) + x[0] * x[x.length - 1]"),
          fn("x => Math.log(1 + x.reduce((s, v) => s + v * v, 0))"),
          fn("x => x.slice(1).reduce((s, v, i) => s + 10 * (v - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2, 0)"),
          fn("x => Math.log(x.reduce((s, v) => s + Math.exp(v), 0))"),
        ),
        fc.array(
          fc.integer({ min: -150, max: 150 }).map((v) => v / 100),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom(undefined, undefined, undefined, 1e-3),
      ),
  },
});
