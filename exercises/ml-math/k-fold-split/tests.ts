import { defineTests } from "@/lib/exercises/test-kit";

/** The folds for given test-fold sizes (scikit-learn's documented sizes): contiguous blocks in order. */
function fromSizes(sizes: number[]) {
  const n = sizes.reduce((a, b) => a + b, 0);
  let start = 0;
  return sizes.map((size) => {
    const test = Array.from({ length: size }, (_, i) => start + i);
    const train = Array.from({ length: n }, (_, i) => i).filter((i) => i < start || i >= start + size);
    start += size;
    return { train, test };
  });
}

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "10 samples, 4 folds: sizes 3, 3, 2, 2", args: [10, 4], expected: fromSizes([3, 3, 2, 2]) },
    { name: "13 samples, 5 folds: sizes 3, 3, 3, 2, 2", args: [13, 5], expected: fromSizes([3, 3, 3, 2, 2]) },
    { name: "11 samples, 5 folds: one extra index, to fold 0", args: [11, 5], expected: fromSizes([3, 2, 2, 2, 2]) },
    { name: "9 samples, 4 folds: sizes 3, 2, 2, 2", args: [9, 4], expected: fromSizes([3, 2, 2, 2]) },
    { name: "7 samples, 2 folds: sizes 4, 3", args: [7, 2], expected: fromSizes([4, 3]) },
    { name: "12 samples, 3 folds divide evenly", args: [12, 3], expected: fromSizes([4, 4, 4]) },
    {
      name: "k = n is leave-one-out",
      args: [4, 4],
      expected: [
        { train: [1, 2, 3], test: [0] },
        { train: [0, 2, 3], test: [1] },
        { train: [0, 1, 3], test: [2] },
        { train: [0, 1, 2], test: [3] },
      ],
    },
    {
      name: "the smallest split: 2 samples, 2 folds",
      args: [2, 2],
      expected: [
        { train: [1], test: [0] },
        { train: [0], test: [1] },
      ],
    },
    { name: "n = k + 1: only fold 0 has two indices", args: [6, 5], expected: fromSizes([2, 1, 1, 1, 1]) },
    { name: "n = 2k - 1: every fold but the last has two", args: [9, 5], expected: fromSizes([2, 2, 2, 2, 1]) },
    { name: "23 samples, 7 folds", args: [23, 7], expected: fromSizes([4, 4, 3, 3, 3, 3, 3]) },
    { name: "100 samples, 10 folds", args: [100, 10] },
    { name: "k = 1 must throw", tier: "robustness", args: [5, 1], throws: true },
    { name: "k = 0 must throw", tier: "robustness", args: [5, 0], throws: true },
    { name: "k > n must throw", tier: "robustness", args: [3, 5], throws: true },
    { name: "k = n + 1 must throw", tier: "robustness", args: [4, 5], throws: true },
    { name: "a fractional k must throw", tier: "robustness", args: [10, 2.5], throws: true },
    { name: "a fractional n must throw", tier: "robustness", args: [10.5, 2], throws: true },
    { name: "a negative n must throw", tier: "robustness", args: [-4, 2], throws: true },
  ],
  random: {
    seed: 20261206,
    count: 20,
    // n first, then k in [2, min(n, 12)].
    args: (fc) => fc.tuple(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 1000 })).map(([n, pick]) => [n, 2 + (pick % (Math.min(n, 12) - 1))]),
  },
});
