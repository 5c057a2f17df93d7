import { defineTests, fn } from "@/lib/exercises/test-kit";
import { softmaxJacobian } from "../test-data";

const h = 1e-5;
const theta = Math.PI / 3;
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
const softmaxSource =
  "z => { const m = Math.max(...z); const e = z.map(v => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map(v => v / s); }";

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "linear map A x: the Jacobian is A (2 x 3)",
      args: [fn("x => [x[0] + 2 * x[1] + 3 * x[2], 4 * x[0] + 5 * x[1] + 6 * x[2]]"), [0.5, -1, 2]],
      expected: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    },
    {
      name: "polar to Cartesian coordinates",
      args: [fn("p => [p[0] * Math.cos(p[1]), p[0] * Math.sin(p[1])]"), [2, theta]],
      expected: [
        [Math.cos(theta), -2 * Math.sin(theta)],
        [Math.sin(theta), 2 * Math.cos(theta)],
      ],
    },
    {
      name: "three outputs, two inputs (3 x 2)",
      args: [fn("x => [x[0] * x[1], x[0] * x[0], Math.sin(x[1])]"), [2, 0.5]],
      expected: [
        [0.5, 2],
        [4, 0],
        [0, Math.cos(0.5)],
      ],
    },
    { name: "one output: a single row, the gradient (1 x 3)", args: [fn("x => [x[0] * x[1] * x[2]]"), [1, 2, 3]], expected: [[6, 3, 2]] },
    {
      name: "one input: a single column, the velocity of a curve (2 x 1)",
      args: [fn("t => [Math.cos(t[0]), Math.sin(t[0])]"), [0.3]],
      expected: [[-Math.sin(0.3)], [Math.cos(0.3)]],
    },
    {
      name: "cross product a x v: a skew-symmetric Jacobian",
      args: [fn("v => [2 * v[2] - 3 * v[1], 3 * v[0] - 1 * v[2], 1 * v[1] - 2 * v[0]]"), [0.7, -1.1, 0.4]],
      expected: [
        [0, -3, 2],
        [3, 0, -1],
        [-2, 1, 0],
      ],
    },
    { name: "softmax: diag(p) - p p^T", args: [fn(softmaxSource), [1, 2, 3]], expected: softmaxJacobian },
    {
      name: "element-wise sigmoid: a diagonal Jacobian",
      args: [fn("z => z.map(v => 1 / (1 + Math.exp(-v)))"), [-1, 0, 2]],
      expected: [-1, 0, 2].map((v, i) => [-1, 0, 2].map((_, j) => (i === j ? sigmoid(v) * (1 - sigmoid(v)) : 0))),
    },
    {
      name: "cubic with h = 0.1: central differences give 3x^2 + h^2",
      args: [fn("x => [x[0] ** 3, x[0] * x[1] * x[1]]"), [2, 3], 0.1],
      expected: [
        [12.01, 0],
        [9, 12],
      ],
    },
    {
      name: "cubic with h = 0.5",
      args: [fn("x => [x[0] ** 3 + x[1], x[1] ** 3]"), [1, -2], 0.5],
      expected: [
        [3.25, 1],
        [0, 12.25],
      ],
    },
    {
      name: "steep bowls at their minimum: all zeros",
      args: [fn("x => [500 * (x[0] - 1) ** 2, 50 * x[1] * x[1]]"), [1, 0]],
      expected: [
        [0, 0],
        [0, 0],
      ],
    },
    {
      name: "fast oscillations with the default step",
      args: [fn("x => [Math.sin(300 * x[0]), Math.cos(300 * x[1]) + x[0]]"), [0, 0.005]],
      expected: [
        [Math.sin(300 * h) / h, 0],
        [1, (-Math.sin(1.5) * Math.sin(300 * h)) / h],
      ],
    },
    {
      name: "faster oscillations with the default step: the truncation error h^2 f'''/6 is visible",
      args: [fn("x => [Math.sin(2000 * x[0]) / 2000, Math.sin(1500 * x[1]) / 1500, x[0] * x[1]]"), [0, 0.002]],
      expected: [
        [Math.sin(2000 * h) / (2000 * h), 0],
        [0, (Math.cos(3) * Math.sin(1500 * h)) / (1500 * h)],
        [0.002, 0],
      ],
    },
    {
      name: "huge and tiny entries",
      args: [fn("x => [1e6 * x[0] * x[1], x[1]]"), [1e-3, 2]],
      expected: [
        [2e6, 1e3],
        [0, 1],
      ],
    },
    {
      name: "four outputs, four inputs, non-symmetric",
      args: [fn("x => [x[0] * x[1], x[1] + x[2] * x[2], Math.exp(x[3] - x[0]), x[0] - 2 * x[3]]"), [1, 2, -1, 1]],
      expected: [
        [2, 1, 0, 0],
        [0, 1, -2, 0],
        [-1, 0, 0, 1],
        [1, 0, 0, -2],
      ],
    },
    { name: "h = 0 must throw", tier: "robustness", args: [fn("x => [x[0]]"), [1], 0], throws: true },
    { name: "negative h must throw", tier: "robustness", args: [fn("x => [x[0], x[0]]"), [1], -0.01], throws: true },
  ],
  random: {
    seed: 20261203,
    count: 20,
    args: (fc) =>
      fc.tuple(
        fc.constantFrom(
          fn("x => x.map(v => v * v)"),
          fn("x => [x.reduce((s, v) => s + v, 0), x.reduce((q, v) => q * v, 1)]"),
          fn(softmaxSource),
          fn("x => x.map((v, i) => Math.tanh(v + 2 * (i + 1 < x.length ? x[i + 1] : 0)))"),
          fn("x => [x.reduce((s, v) => s + v * v, 0), Math.exp(x[0]), Math.sin(5 * x[x.length - 1])]"),
          fn("x => [20 * x.reduce((s, v) => s + v * v, 0), x[0] * x[x.length - 1]]"),
        ),
        fc.array(
          fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom(undefined, undefined, undefined, 1e-3, 0.1),
      ),
  },
});
