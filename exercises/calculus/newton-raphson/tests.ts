import { defineTests, fn } from "@/lib/exercises/test-kit";

const square2 = fn("x => x * x - 2");
const dSquare2 = fn("x => 2 * x");

/** Root problems whose derivative never vanishes on the starting interval [lo, hi]. */
const problems = [
  { f: fn("x => x ** 3 + x - 1"), df: fn("x => 3 * x * x + 1"), lo: -3, hi: 3 },
  { f: fn("x => Math.exp(x) - 2"), df: fn("x => Math.exp(x)"), lo: -2, hi: 3 },
  { f: fn("x => x - 0.5 * Math.cos(x)"), df: fn("x => 1 + 0.5 * Math.sin(x)"), lo: -4, hi: 4 },
  { f: square2, df: dSquare2, lo: 0.5, hi: 4 },
  { f: fn("x => Math.sinh(x) - 1"), df: fn("x => Math.cosh(x)"), lo: -3, hi: 3 },
  { f: fn("x => x ** 5 - 3"), df: fn("x => 5 * x ** 4"), lo: 0.5, hi: 2.5 },
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "sqrt(2) as the root of x^2 - 2", args: [square2, dSquare2, 1], expected: Math.SQRT2 },
    { name: "cube root of 10", args: [fn("x => x ** 3 - 10"), fn("x => 3 * x * x"), 2], expected: 2.154434690031884 },
    { name: "ln 2 as the root of e^x - 2", args: [fn("x => Math.exp(x) - 2"), fn("x => Math.exp(x)"), 0], expected: Math.LN2 },
    { name: "the Dottie number: cos(x) = x", args: [fn("x => Math.cos(x) - x"), fn("x => -Math.sin(x) - 1"), 1], expected: 0.7390851332151607 },
    { name: "pi as the root of sin near 3", args: [fn("x => Math.sin(x)"), fn("x => Math.cos(x)"), 3], expected: Math.PI },
    { name: "a negative root", args: [square2, dSquare2, -5], expected: -Math.SQRT2 },
    { name: "maxIter = 0 returns x0 untouched", args: [square2, dSquare2, 1, 1e-12, 0], expected: 1 },
    { name: "maxIter = 1: exactly one update, 1 -> 3/2", args: [square2, dSquare2, 1, 1e-12, 1], expected: 1.5 },
    { name: "maxIter = 2: 1 -> 3/2 -> 17/12", args: [square2, dSquare2, 1, 1e-12, 2], expected: 17 / 12 },
    { name: "maxIter = 3: 1 -> 3/2 -> 17/12 -> 577/408", args: [square2, dSquare2, 1, 1e-12, 3], expected: 577 / 408 },
    { name: "x0 already within tol is returned as is", args: [square2, dSquare2, 1.5, 0.5], expected: 1.5 },
    { name: "tol = 0.1 stops at 17/12, where |f| = 1/144", args: [square2, dSquare2, 1, 0.1], expected: 17 / 12 },
    { name: "tol = 1e-3 stops at 577/408", args: [square2, dSquare2, 1, 1e-3], expected: 577 / 408 },
    { name: "an exact root at a flat point: x^2 from 0", args: [fn("x => x * x"), dSquare2, 0], expected: 0 },
    // At a double root Newton only halves the distance, so where the loop stops is visible: the
    // residual test stops at 2^-20 (|f| = 2^-40 < 1e-12), a step-size test would run on to ~2^-40.
    {
      name: "a double root converges linearly: x^2 from 1 halves each step and stops at 2^-20, where |f| = 2^-40 < 1e-12",
      args: [fn("x => x * x"), dSquare2, 1],
      expected: 2 ** -20,
    },
    {
      name: "a steep double root: 1e6 (x - 1)^2 with tol = 1e-3 needs |f| small, not a small step",
      args: [fn("x => 1e6 * (x - 1) ** 2"), fn("x => 2e6 * (x - 1)"), 2, 1e-3],
      expected: 1 + 2 ** -15,
    },
    {
      name: "a root far from 0: ln(x) = 10 from 20000 with tol = 1e-3 (an absolute tolerance on f)",
      args: [fn("x => Math.log(x) - 10"), fn("x => 1 / x"), 20000, 1e-3],
    },
    {
      name: "no convergence within maxIter: atan from 1.5 diverges, the last iterate is returned",
      args: [fn("x => Math.atan(x)"), fn("x => 1 / (1 + x * x)"), 1.5, 1e-12, 3],
    },
    { name: "a root far from 1: x^2 = 1e10 with tol 1e-3", args: [fn("x => x * x - 1e10"), dSquare2, 1, 1e-3], expected: 1e5 },
    { name: "x^2 + 1 from 1 lands on the flat point 0 after one update", args: [fn("x => x * x + 1"), dSquare2, 1, 1e-12, 1], expected: 0 },
    { name: "x^2 + 1 from 1 with two updates must throw (df(0) = 0)", tier: "required", args: [fn("x => x * x + 1"), dSquare2, 1, 1e-12, 2], throws: true },
    { name: "x^2 + 1 (no real root) with the defaults must throw", tier: "required", args: [fn("x => x * x + 1"), dSquare2, 1], throws: true },
    { name: "df(x0) = 0 must throw: x^2 - 2 from 0", tier: "required", args: [square2, dSquare2, 0], throws: true },
    { name: "df(x0) = -0 must throw: cos from 0", tier: "required", args: [fn("x => Math.cos(x)"), fn("x => -Math.sin(x)"), 0], throws: true },
    { name: "a fractional maxIter (2.5) must throw", tier: "robustness", args: [square2, dSquare2, 1, 1e-12, 2.5], throws: true },
    { name: "a negative maxIter must throw", tier: "robustness", args: [square2, dSquare2, 1, 1e-12, -1], throws: true },
  ],
  random: {
    seed: 20261204,
    count: 22,
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 0, max: problems.length - 1 }),
          fc.integer({ min: 0, max: 1000 }),
          fc.constantFrom<number | null>(null, 1e-6, 1e-3, 0.1),
          fc.constantFrom<number | null>(null, null, 1, 2, 3, 5),
        )
        .map(([which, position, tol, maxIter]) => {
          const { f, df, lo, hi } = problems[which];
          const x0 = lo + ((hi - lo) * position) / 1000;
          if (maxIter !== null) return [f, df, x0, tol ?? 1e-12, maxIter];
          return tol === null ? [f, df, x0] : [f, df, x0, tol];
        }),
  },
});
