import { defineTests, rng } from "@/lib/exercises/test-kit";

// Expected values were computed by an independent implementation outside this repository: the
// same generator (mulberry32) in Python, the same draw order, and numpy.quantile (linear) of the
// resample means. Cases without a stated value were checked against it too.
const incomes = [12, 15, 18, 20, 22, 25, 30, 45, 80, 250];
const small = [4.2, -1.3, 0.7, 2.2, 5.9, 3.1, -0.4];
const wave = Array.from({ length: 200 }, (_, i) => Math.round((Math.sin(i * 0.77) * 30 + Math.cos(i * 0.31) * 12) * 10) / 10);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "one value: every resample mean is that value", tier: "robustness", args: [[3.5], 50, 0.95, rng(7)], expected: [3.5, 3.5] },
    { name: "constant sample", tier: "robustness", args: [[2, 2, 2, 2], 100, 0.9, rng(8)], expected: [2, 2] },
    { name: "one resample: both bounds are its mean", args: [[2.1, 3.4, 1.9, 5.6, 4.4, 3.3], 1, 0.9, rng(5)], expected: [4.25, 4.25] },
    { name: "two values, four resamples", args: [[0, 1], 4, 0.5, rng(1)], expected: [0.5, 1] },
    { name: "four values, three resamples (the worked example)", args: [[2, 4, 6, 8], 3, 0.5, rng(42)], expected: [5, 5.75] },
    { name: "1..10, 1000 resamples, 95%", args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1000, 0.95, rng(42)], expected: [3.7, 7.3] },
    { name: "skewed incomes: an asymmetric interval", args: [incomes, 2000, 0.9, rng(7)], expected: [22.1, 91.21] },
    { name: "binary outcomes: an interval for a proportion", args: [[0, 1, 1, 0, 1, 1, 1, 0, 1, 1], 500, 0.95, rng(3)], expected: [0.4, 0.9] },
    { name: "50% interval", args: [small, 400, 0.5, rng(11)], expected: [1.4285714285714286, 2.5321428571428575] },
    { name: "99% interval", args: [small, 300, 0.99, rng(12)], expected: [-0.050785714285714004, 4.5001428571428574] },
    { name: "large offset", args: [[1e9 + 0.5, 1e9 + 1.5, 1e9 - 2, 1e9 + 3, 1e9], 200, 0.9, rng(13)], expected: [999999999.4, 1000000001.8] },
    { name: "huge magnitudes", tier: "robustness", args: [[1e150, -2e150, 3e150, 5e149], 100, 0.8, rng(14)], expected: [-7.499999999999999e149, 1.75e150] },
    {
      name: "tiny magnitudes",
      tier: "robustness",
      args: [[1e-150, -2e-150, 3e-150, 5e-151], 100, 0.8, rng(15)],
      expected: [-6.25e-151, 1.7500000000000002e-150],
    },
    { name: "200 values, 500 resamples", args: [wave, 500, 0.95, rng(2024)] },
    { name: "empty sample must throw", tier: "required", args: [[], 100, 0.95, rng(1)], throws: true },
    { name: "resamples = 0 must throw", tier: "robustness", args: [[1, 2, 3], 0, 0.95, rng(1)], throws: true },
    { name: "negative resamples must throw", tier: "robustness", args: [[1, 2, 3], -5, 0.95, rng(1)], throws: true },
    { name: "fractional resamples must throw", tier: "robustness", args: [[1, 2, 3], 2.5, 0.95, rng(1)], throws: true },
    { name: "confidence = 0 must throw", tier: "robustness", args: [[1, 2, 3], 10, 0, rng(1)], throws: true },
    { name: "confidence = 1 must throw", tier: "robustness", args: [[1, 2, 3], 10, 1, rng(1)], throws: true },
    { name: "confidence > 1 must throw", tier: "robustness", args: [[1, 2, 3], 10, 1.5, rng(1)], throws: true },
    { name: "negative confidence must throw", tier: "robustness", args: [[1, 2, 3], 10, -0.1, rng(1)], throws: true },
    { name: "confidence as a percentage (95) must throw", tier: "robustness", args: [[1, 2, 3], 10, 95, rng(1)], throws: true },
  ],
  random: {
    seed: 20261307,
    count: 22,
    args: (fc) =>
      fc
        .tuple(
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 10),
            { minLength: 1, maxLength: 12 },
          ),
          fc.integer({ min: 1, max: 300 }),
          fc.oneof(
            fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99),
            fc.integer({ min: 1, max: 99 }).map((v) => v / 100),
          ),
          fc.integer({ min: 1, max: 1000000 }),
        )
        .map(([x, resamples, confidence, seed]) => [x, resamples, confidence, rng(seed)]),
  },
});
