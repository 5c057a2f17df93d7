import { defineTests } from "@/lib/exercises/test-kit";

// Expected values were computed with numpy.quantile (method "linear", the default), outside this
// repository's reference; 29 is the worked example of Wikipedia's "Percentile" article (C = 1).
const hundredAndOne = Array.from({ length: 101 }, (_, i) => (i * 37) % 101);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "Wikipedia: 40th percentile of (15, 20, 35, 40, 50)", args: [[15, 20, 35, 40, 50], 0.4], expected: 29 },
    { name: "q = 0 is the minimum of an unsorted sample", args: [[3, 1, 4, 1, 5, 9, 2, 6], 0], expected: 1 },
    { name: "q = 1 is the maximum of an unsorted sample", args: [[3, 1, 4, 1, 5, 9, 2, 6], 1], expected: 9 },
    { name: "median of an even-length sample", args: [[3, 1, 4, 1, 5, 9, 2, 6], 0.5], expected: 3.5 },
    { name: "upper quartile of an even-length sample", args: [[3, 1, 4, 1, 5, 9, 2, 6], 0.75], expected: 5.25 },
    { name: "median of an odd-length sample is the middle value", args: [[7, 1, 3, 9, 5], 0.5], expected: 5 },
    { name: "q between order statistics", args: [[7, 1, 3, 9, 5], 0.3], expected: 3.4 },
    { name: "q on an order statistic exactly (h = 1)", args: [[40, 10, 30, 20, 50], 0.25], expected: 20 },
    { name: "a single value: every q returns it", args: [[2.5], 0.37], expected: 2.5 },
    { name: "a single value, q = 1", args: [[-7.25], 1], expected: -7.25 },
    { name: "two values, q = 0.5 is their mean", args: [[8, -2], 0.5], expected: 3 },
    { name: "two values, q = 1", args: [[8, -2], 1], expected: 8 },
    { name: "ties: interpolating between equal values", args: [[1, 1, 1, 2], 0.5], expected: 1 },
    { name: "ties at the top", args: [[2, 5, 5, 5, 1], 0.8], expected: 5 },
    { name: "negative numbers and different digit counts (sort numerically)", args: [[10, 9, 2, 100, -5], 0.6], expected: 9.4 },
    { name: "negative numbers (sort numerically)", args: [[-3, -10, -2, -20], 0.25], expected: -12.5 },
    { name: "descending input", args: [[9, 7, 4, 0, -2, -6], 0.1], expected: -4 },
    { name: "h = 3.0000000000000004 from q = 0.3, n = 11", args: [[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.3], expected: 30 },
    { name: "large offset, small spread", args: [[1e9 + 1, 1e9 + 2, 1e9 + 4], 0.75], expected: 1e9 + 3 },
    { name: "tiny magnitudes", args: [[1e-12, 3e-12, 2e-12, 5e-12], 0.1], expected: 1.3e-12 },
    { name: "huge magnitudes of both signs", tier: "robustness", args: [[1e300, -1e300, 5e299], 0.25], expected: -2.5e299 },
    { name: "101 shuffled integers, q = 0.37", args: [hundredAndOne, 0.37], expected: 37 },
    { name: "101 shuffled integers, q = 0.999", args: [hundredAndOne, 0.999], expected: 99.9 },
    { name: "empty sample must throw", tier: "required", args: [[], 0.5], throws: true },
    { name: "q > 1 must throw", tier: "robustness", args: [[1, 2, 3], 1.0001], throws: true },
    { name: "q < 0 must throw", tier: "robustness", args: [[1, 2, 3], -0.1], throws: true },
    { name: "q given as a percentage (50) must throw", tier: "robustness", args: [[1, 2, 3], 50], throws: true },
    { name: "q = NaN must throw", tier: "robustness", args: [[1, 2, 3], Number.NaN], throws: true },
  ],
  random: {
    seed: 20261301,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: -5000, max: 5000 }).map((v) => v / 10),
          { minLength: 1, maxLength: 15 },
        ),
        fc.oneof(
          fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000),
          fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
        ),
      ),
  },
});
