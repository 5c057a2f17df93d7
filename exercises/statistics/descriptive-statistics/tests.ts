import { defineTests } from "@/lib/exercises/test-kit";

const long = Array.from({ length: 1001 }, (_, i) => Math.round(Math.sin(i * 1.7) * 5000) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "two values",
      args: [[3, 1]],
      expected: { mean: 2, median: 2, variance: 2, std: Math.SQRT2, min: 1, max: 3 },
    },
    {
      name: "numbers with different digit counts (sort numerically)",
      args: [[10, 9, 2, 100]],
      expected: { mean: 30.25, median: 9.5, variance: 6524.75 / 3, std: Math.sqrt(6524.75 / 3), min: 2, max: 100 },
    },
    { name: "negative numbers (sort numerically)", args: [[-5, -10, 3, 20, 100, -1]] },
    { name: "odd length, unsorted", args: [[5, 1, 4, 2, 3]], expected: { mean: 3, median: 3, variance: 2.5, std: 1.5811388300841898, min: 1, max: 5 } },
    { name: "even length, unsorted, distinct middle values", args: [[8, 1, 6, 3]] },
    { name: "already sorted, descending", args: [[9, 7, 4, 0, -2, -6]] },
    { name: "all values equal: zero spread", args: [[7, 7, 7, 7]], expected: { mean: 7, median: 7, variance: 0, std: 0, min: 7, max: 7 } },
    { name: "ties in the middle", args: [[1, 2, 2, 3]] },
    { name: "decimals", args: [[0.1, 0.2, 0.3, 0.7]] },
    {
      name: "large offset, small spread",
      args: [[1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]],
      expected: { mean: 1e9 + 2.5, median: 1e9 + 2.5, variance: 5 / 3, std: Math.sqrt(5 / 3), min: 1e9 + 1, max: 1e9 + 4 },
    },
    { name: "large offset, decimal spread", args: [[1e8 + 0.5, 1e8 - 0.25, 1e8 + 0.125, 1e8]] },
    {
      name: "timestamps in milliseconds",
      args: [[1.7e12 + 3000, 1.7e12, 1.7e12 + 1000]],
      expected: { mean: 1.7e12 + 4000 / 3, median: 1.7e12 + 1000, variance: 7e6 / 3, std: Math.sqrt(7e6 / 3), min: 1.7e12, max: 1.7e12 + 3000 },
    },
    { name: "huge magnitudes", tier: "robustness", args: [[1e150, -1e150, 3e150]] },
    { name: "tiny magnitudes", tier: "robustness", args: [[2e-12, 1e-12, 3e-12]] },
    { name: "one outlier moves the mean, not the median", args: [[1, 2, 3, 4, 1000]] },
    { name: "long sample", args: [long] },
    { name: "empty input must throw", tier: "required", args: [[]], throws: true },
    { name: "a single value must throw", tier: "robustness", args: [[3.5]], throws: true },
  ],
  random: {
    seed: 20261124,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: -5000, max: 5000 }).map((v) => v / 10),
          { minLength: 2, maxLength: 15 },
        ),
      ),
  },
});
