import { defineTests, fn } from "@/lib/exercises/test-kit";
import { sin, square } from "../test-data";

/** Trapezoid of sin over [0, pi] with n subintervals: (pi/n) cot(pi/(2n)). */
const sinOverHalfPeriod = (n: number) => Math.PI / n / Math.tan(Math.PI / (2 * n));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a straight line is integrated exactly", args: [fn("x => 3 * x + 1"), -2, 5, 3], expected: (3 * (25 - 4)) / 2 + 7 },
    { name: "n = 1: the area of a single trapezoid", args: [square, 0, 2, 1], expected: 4 },
    { name: "x^2 on [0, 1], n = 4: 1/3 + 1/(6 n^2)", args: [square, 0, 1, 4], expected: 1 / 3 + 1 / 96 },
    { name: "x^2 on [0, 1], n = 7: 1/3 + 1/(6 n^2)", args: [square, 0, 1, 7], expected: 1 / 3 + 1 / 294 },
    { name: "sin on [0, pi], n = 4: (pi/4) cot(pi/8)", args: [sin, 0, Math.PI, 4], expected: sinOverHalfPeriod(4) },
    { name: "sin on [0, pi], n = 100000 is close to 2", args: [sin, 0, Math.PI, 100000], expected: sinOverHalfPeriod(100000) },
    { name: "exp on [0, 1], n = 8: (e - 1) (h/2) coth(h/2)", args: [fn("x => Math.exp(x)"), 0, 1, 8], expected: 1.7205185921643019 },
    {
      name: "a periodic function over a full period is almost exact: exp(cos x), n = 16",
      args: [fn("x => Math.exp(Math.cos(x))"), 0, 2 * Math.PI, 16],
      expected: 7.954926521012845,
    },
    { name: "reversed limits give the opposite sign", args: [square, 1, 0, 4], expected: -(1 / 3 + 1 / 96) },
    { name: "a = b gives 0", args: [square, 2.5, 2.5, 10], expected: 0 },
    { name: "a kink on a node is integrated exactly: |x| on [-1, 2], n = 3", args: [fn("x => Math.abs(x)"), -1, 2, 3], expected: 2.5 },
    { name: "a kink inside a subinterval: |x| on [-1, 2], n = 2", args: [fn("x => Math.abs(x)"), -1, 2, 2], expected: 3 },
    { name: "large magnitudes: 1e6 x on [0, 1000]", args: [fn("x => 1e6 * x"), 0, 1000, 5], expected: 5e11 },
    { name: "a narrow peak missed by a coarse grid", args: [fn("x => Math.exp(-100 * x * x)"), -1, 1, 3] },
    { name: "many subintervals: a bell curve", args: [fn("x => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)"), -5, 5, 1000] },
    { name: "n = 0 must throw", tier: "robustness", args: [square, 0, 1, 0], throws: true },
    { name: "a negative n must throw", tier: "robustness", args: [square, 0, 1, -4], throws: true },
    { name: "a fractional n must throw", tier: "robustness", args: [square, 0, 1, 2.5], throws: true },
  ],
  random: {
    seed: 20261205,
    count: 22,
    args: (fc) =>
      fc.tuple(
        fc.constantFrom(
          square,
          sin,
          fn("x => Math.exp(x)"),
          fn("x => 1 / (1 + x * x)"),
          fn("x => Math.abs(x)"),
          fn("x => x ** 3 - x"),
          fn("x => Math.cos(3 * x)"),
        ),
        fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
        fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
        fc.integer({ min: 1, max: 40 }),
      ),
  },
});
