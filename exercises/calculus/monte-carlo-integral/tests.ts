import { defineTests, fn, rng } from "@/lib/exercises/test-kit";

// Expected values below were computed by an independent implementation of the same generator
// (mulberry32) and of the estimator, outside this repository's reference.
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a constant is integrated exactly whatever the samples", args: [fn("x => 3"), 2, 5, 10, rng(1)], expected: 9 },
    { name: "n = 1: one sample, f(x) = x on [0, 1] returns the first draw", args: [fn("x => x"), 0, 1, 1, rng(42)], expected: 0.6011037519201636 },
    { name: "x^2 on [0, 1], 4 samples", args: [fn("x => x * x"), 0, 1, 4, rng(7)], expected: 0.36174137033013265 },
    { name: "an interval that does not start at 0: x on [-1, 3]", args: [fn("x => x"), -1, 3, 5, rng(3)], expected: 2.569646516442299 },
    { name: "x^2 on [2, 4], 3 samples", args: [fn("x => x * x"), 2, 4, 3, rng(42)], expected: 21.580555423323442 },
    { name: "exp on [0, 1], 3 samples", args: [fn("x => Math.exp(x)"), 0, 1, 3, rng(42)], expected: 1.9117292242537676 },
    { name: "reversed limits: x^2 from 1 to 0", args: [fn("x => x * x"), 1, 0, 4, rng(7)], expected: -0.4869416957204567 },
    { name: "a = b gives 0", args: [fn("x => Math.exp(x)"), 1.5, 1.5, 8, rng(9)], expected: 0 },
    { name: "large magnitudes: 1e6 x on [0, 1000]", args: [fn("x => 1e6 * x"), 0, 1000, 7, rng(5)], expected: 528980629119.4899 },
    { name: "sin on [0, pi], 1000 samples", args: [fn("x => Math.sin(x)"), 0, Math.PI, 1000, rng(11)], expected: 2.008062654829222 },
    { name: "pi from a quarter circle, 100000 samples", args: [fn("x => 4 * Math.sqrt(1 - x * x)"), 0, 1, 100000, rng(2024)], expected: 3.1378956073395545 },
    { name: "a step function on [-2, 2]", args: [fn("x => (x > 0.5 ? 1 : 0)"), -2, 2, 50, rng(123)] },
    { name: "a bell curve on [-4, 4]", args: [fn("x => Math.exp(-x * x / 2)"), -4, 4, 500, rng(77)] },
    { name: "n = 0 must throw", tier: "robustness", args: [fn("x => x"), 0, 1, 0, rng(1)], throws: true },
    { name: "a negative n must throw", tier: "robustness", args: [fn("x => x"), 0, 1, -5, rng(1)], throws: true },
    { name: "a fractional n must throw", tier: "robustness", args: [fn("x => x"), 0, 1, 2.5, rng(1)], throws: true },
  ],
  random: {
    seed: 20261207,
    count: 22,
    args: (fc) =>
      fc
        .tuple(
          fc.constantFrom(
            fn("x => x * x"),
            fn("x => Math.sin(x)"),
            fn("x => Math.exp(x)"),
            fn("x => 1 / (1 + x * x)"),
            fn("x => Math.abs(x)"),
            fn("x => x ** 3 - x"),
          ),
          fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
          fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
          fc.integer({ min: 1, max: 200 }),
          fc.integer({ min: 1, max: 100000 }),
        )
        .map(([f, a, b, n, seed]) => [f, a, b, n, rng(seed)]),
  },
});
