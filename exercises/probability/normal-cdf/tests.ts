import { defineTests } from "@/lib/exercises/test-kit";

/** Expected values: mpmath.ncdf at 30 digits, rounded to double precision. */
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "the median: Phi(0) = 1/2", args: [0, 0, 1], expected: 0.5 },
    { name: "Phi(1)", args: [1, 0, 1], expected: 0.8413447460685429 },
    { name: "Phi(-1) = 1 - Phi(1)", args: [-1, 0, 1], expected: 0.15865525393145705 },
    { name: "Phi(-3)", args: [-3, 0, 1], expected: 0.0013498980316301 },
    { name: "Phi(1.96): the 95% two-sided interval", args: [1.96, 0, 1], expected: 0.9750021048517795 },
    { name: "the 5% quantile: Phi(-1.6448536269514722) = 0.05", args: [-1.6448536269514722, 0, 1], expected: 0.05 },
    { name: "the 99.5% quantile: Phi(2.5758293035489004) = 0.995", args: [2.5758293035489004, 0, 1], expected: 0.995 },
    { name: "where Abramowitz-Stegun 7.1.28 is off by 1.3e-7", args: [1.371, 0, 1], expected: 0.914812521981823 },
    { name: "Phi(0.3)", args: [0.3, 0, 1], expected: 0.6179114221889526 },
    { name: "IQ scale: N(100, 15^2) at 130 is Phi(2)", args: [130, 100, 15], expected: 0.9772498680518208 },
    { name: "N(-2, 0.5^2) at -2.25 is Phi(-0.5)", args: [-2.25, -2, 0.5], expected: 0.3085375387259869 },
    { name: "N(10, 3^2) at 3.4 is Phi(-2.2)", args: [3.4, 10, 3], expected: 0.013903447513498604 },
    { name: "Phi(3.5)", args: [3.5, 0, 1], expected: 0.9997673709209645 },
    { name: "Phi(5): 1 - Phi(5) = 2.9e-7 still counts", args: [5, 0, 1], expected: 0.9999997133484281 },
    { name: "Phi(-5) = 2.9e-7 still counts", args: [-5, 0, 1], expected: 2.866515718791939e-7 },
    { name: "Phi(-6) is below the tolerance", args: [-6, 0, 1], expected: 9.865876450376981e-10 },
    { name: "deep lower tail: Phi(-12)", args: [-12, 0, 1] },
    { name: "deep upper tail: Phi(12)", args: [12, 0, 1], expected: 1 },
    { name: "Phi(40) = 1 (z^2 is large, exp(-z^2/2) underflows)", args: [40, 0, 1], expected: 1 },
    { name: "Phi(-40) = 0", args: [-40, 0, 1], expected: 0 },
    { name: "x = +Infinity", tier: "robustness", args: [Infinity, 0, 1], expected: 1 },
    { name: "x = -Infinity", tier: "robustness", args: [-Infinity, 3, 2], expected: 0 },
    { name: "a tiny sigma", args: [1e-12, 0, 1e-12], expected: 0.8413447460685429 },
    { name: "a huge sigma", args: [-1e12, 0, 1e12], expected: 0.15865525393145705 },
    { name: "a large mean", args: [1e9 + 1, 1e9, 1], expected: 0.8413447460685429 },
    { name: "sigma = 0 must throw", tier: "robustness", args: [0, 0, 0], throws: true },
    { name: "a negative sigma must throw", tier: "robustness", args: [1, 0, -1], throws: true },
    { name: "an infinite sigma must throw", tier: "robustness", args: [1, 0, Infinity], throws: true },
    { name: "a NaN sigma must throw", tier: "robustness", args: [1, 0, Number.NaN], throws: true },
  ],
  random: {
    seed: 20261209,
    count: 25,
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: -700, max: 700 }).map((v) => v / 100),
          fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
          fc.integer({ min: 1, max: 500 }).map((v) => v / 100),
        )
        .map(([z, mu, sigma]) => [mu + sigma * z, mu, sigma]),
  },
});
