import { defineTests } from "@/lib/exercises/test-kit";

// Expected values are closed forms: z-scores do not change when the data are shifted or scaled
// by a positive factor, and the first case is the standard-deviation example of Wikipedia
// (population std exactly 2); they agree with scipy.stats.zscore (ddof = 0).
const r3 = Math.sqrt(1.5);
const r5 = Math.sqrt(5);
const long = Array.from({ length: 1000 }, (_, i) => Math.round(Math.sin(i * 1.3) * 4000 + Math.cos(i * 0.7) * 900) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "Wikipedia's example: mean 5, population std 2", args: [[2, 4, 4, 4, 5, 5, 7, 9]], expected: [-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2] },
    { name: "two values are always -1 and 1", args: [[10, 20]], expected: [-1, 1] },
    { name: "two values, larger first", args: [[3.5, -100]], expected: [1, -1] },
    { name: "three equally spaced values", args: [[1, 2, 3]], expected: [-r3, 0, r3] },
    { name: "ties", args: [[1, 1, 1, 5]], expected: [-1 / Math.sqrt(3), -1 / Math.sqrt(3), -1 / Math.sqrt(3), Math.sqrt(3)] },
    {
      name: "one outlier: z = 3",
      args: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 100]],
      expected: [-1 / 3, -1 / 3, -1 / 3, -1 / 3, -1 / 3, -1 / 3, -1 / 3, -1 / 3, -1 / 3, 3],
    },
    { name: "negative values", args: [[-3, 0, 3, 6]], expected: [-3 / r5, -1 / r5, 1 / r5, 3 / r5] },
    { name: "standardised data are unchanged", args: [[-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]], expected: [-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2] },
    { name: "large offset, small spread", args: [[1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]], expected: [-3 / r5, -1 / r5, 1 / r5, 3 / r5] },
    { name: "timestamps in milliseconds", args: [[1.7e12, 1.7e12 + 1000, 1.7e12 + 3000]] },
    { name: "values near 1e8 with decimals", args: [[1e8 + 0.5, 1e8 - 0.25, 1e8 + 0.125, 1e8]] },
    { name: "huge magnitudes", tier: "robustness", args: [[1e150, -1e150, 3e150]] },
    { name: "tiny magnitudes", tier: "robustness", args: [[2e-150, 1e-150, 3e-150]], expected: [0, -r3, r3] },
    { name: "decimals", args: [[0.1, 0.2, 0.3, 0.7]] },
    { name: "1000 values", args: [long] },
    { name: "empty sample must throw", tier: "required", args: [[]], throws: true },
    { name: "a single value must throw", tier: "robustness", args: [[4.2]], throws: true },
    { name: "all values equal must throw", tier: "robustness", args: [[5, 5, 5]], throws: true },
    { name: "0 and -0 are equal: must throw", tier: "robustness", args: [[0, -0]], throws: true },
    { name: "[0.1, 0.1, 0.1] must throw (its computed std is 1.4e-17, not 0)", tier: "robustness", args: [[0.1, 0.1, 0.1]], throws: true },
    { name: "seven copies of 0.7 must throw", tier: "robustness", args: [[0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]], throws: true },
    { name: "ten copies of 1e9 + 0.1 must throw", tier: "robustness", args: [Array.from({ length: 10 }, () => 1e9 + 0.1)], throws: true },
  ],
  random: {
    seed: 20261302,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc
          .array(
            fc.integer({ min: -5000, max: 5000 }).map((v) => v / 10),
            { minLength: 2, maxLength: 15 },
          )
          .filter((x) => x.some((v) => v !== x[0])),
      ),
  },
});
