import { defineTests } from "@/lib/exercises/test-kit";

// 200 samples, 4 classes: a deterministic classifier that is right about 70% of the time.
const many = Array.from({ length: 200 }, (_, i) => {
  const t = (i * 7 + 3) % 4;
  const p = i % 10 < 7 ? t : (t + 1 + (i % 3)) % 4;
  return [t, p];
});

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "every sample predicted as class 1: one column holds everything",
      args: [[0, 0, 0, 1, 1], [1, 1, 1, 1, 1], 2],
      expected: [
        [0, 3],
        [0, 2],
      ],
    },
    {
      name: "perfect predictions give a diagonal of class counts",
      args: [[0, 2, 1, 2, 2, 0], [0, 2, 1, 2, 2, 0], 3],
      expected: [
        [2, 0, 0],
        [0, 1, 0],
        [0, 0, 3],
      ],
    },
    {
      name: "binary, every prediction wrong",
      args: [[0, 1, 1, 0, 1], [1, 0, 0, 1, 0], 2],
      expected: [
        [0, 2],
        [3, 0],
      ],
    },
    {
      name: "binary with all four outcomes: [[TN, FP], [FN, TP]]",
      args: [[1, 1, 1, 1, 0, 0, 0, 0, 0, 1], [1, 1, 0, 1, 0, 1, 0, 0, 0, 0], 2],
      expected: [
        [4, 1],
        [2, 3],
      ],
    },
    {
      name: "the highest classes never occur",
      args: [[0, 1, 0], [1, 1, 0], 5],
      expected: [
        [1, 1, 0, 0, 0],
        [0, 1, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ],
    },
    {
      name: "a class that is only ever predicted",
      args: [[0, 0, 1], [2, 0, 2], 3],
      expected: [
        [1, 0, 1],
        [0, 0, 1],
        [0, 0, 0],
      ],
    },
    { name: "a single class", args: [[0, 0, 0, 0], [0, 0, 0, 0], 1], expected: [[4]] },
    {
      name: "no samples: all zeros",
      args: [[], [], 3],
      expected: [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    },
    {
      name: "a single sample",
      args: [[3], [1], 4],
      expected: [
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 1, 0, 0],
      ],
    },
    { name: "200 samples, 4 classes", args: [many.map(([t]) => t), many.map(([, p]) => p), 4] },
    { name: "ten classes, a cyclic shift", args: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9, 0], 10] },
    { name: "yPred shorter than yTrue must throw", tier: "required", args: [[0, 1, 1], [0, 1], 2], throws: true },
    { name: "yPred longer than yTrue must throw", tier: "required", args: [[0, 1], [0, 1, 1], 2], throws: true },
    { name: "a true label equal to numClasses must throw", tier: "robustness", args: [[0, 3, 1], [0, 1, 1], 3], throws: true },
    { name: "a predicted label equal to numClasses must throw", tier: "robustness", args: [[0, 1, 1], [0, 1, 2], 2], throws: true },
    { name: "a negative label must throw", tier: "robustness", args: [[0, -1, 1], [0, 1, 1], 2], throws: true },
    { name: "a fractional label must throw", tier: "robustness", args: [[0, 1, 1], [0, 0.5, 1], 2], throws: true },
    { name: "numClasses = 0 must throw", tier: "robustness", args: [[], [], 0], throws: true },
    { name: "a fractional numClasses must throw", tier: "robustness", args: [[0, 1], [1, 0], 2.5], throws: true },
  ],
  random: {
    seed: 20261207,
    count: 20,
    args: (fc) =>
      fc
        .record({
          k: fc.integer({ min: 1, max: 5 }),
          pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })), { minLength: 0, maxLength: 30 }),
        })
        .map(({ k, pairs }) => [pairs.map(([t]) => t % k), pairs.map(([, p]) => p % k), k]),
  },
});
