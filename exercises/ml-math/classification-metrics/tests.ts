import { defineTests } from "@/lib/exercises/test-kit";

const repeat = (pattern: number[], times: number) => Array.from({ length: times }, () => pattern).flat();
// 1000 samples, 5% positive: 40 of the 50 positives found, 30 false alarms among the 950 negatives.
const rareTrue = [...Array(50).fill(1), ...Array(950).fill(0)];
const rarePred = [...Array(40).fill(1), ...Array(10).fill(0), ...Array(30).fill(1), ...Array(920).fill(0)];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "TP = 2, FP = 3, FN = 1, TN = 4: precision and recall differ",
      args: [
        [1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 0, 1, 1, 1, 0, 0, 0, 0],
      ],
      expected: { accuracy: 0.6, precision: 0.4, recall: 2 / 3, f1: 0.5 },
    },
    {
      name: "perfect predictions",
      args: [
        [1, 0, 1, 1, 0],
        [1, 0, 1, 1, 0],
      ],
      expected: { accuracy: 1, precision: 1, recall: 1, f1: 1 },
    },
    {
      name: "every prediction wrong",
      args: [
        [1, 0, 1, 0],
        [0, 1, 0, 1],
      ],
      expected: { accuracy: 0, precision: 0, recall: 0, f1: 0 },
    },
    {
      name: "everything predicted positive: recall 1, precision = prevalence",
      args: [
        [1, 0, 0, 0, 1, 0, 0, 0],
        [1, 1, 1, 1, 1, 1, 1, 1],
      ],
      expected: { accuracy: 0.25, precision: 0.25, recall: 1, f1: 0.4 },
    },
    {
      name: "nothing predicted positive (precision undefined)",
      args: [
        [1, 1, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ],
      expected: { accuracy: 0.6, precision: 0, recall: 0, f1: 0 },
    },
    {
      name: "no actual positives (recall undefined), false alarms",
      args: [
        [0, 0, 0, 0],
        [0, 1, 1, 0],
      ],
      expected: { accuracy: 0.5, precision: 0, recall: 0, f1: 0 },
    },
    {
      name: "no positives at all, none predicted",
      args: [
        [0, 0, 0],
        [0, 0, 0],
      ],
      expected: { accuracy: 1, precision: 0, recall: 0, f1: 0 },
    },
    {
      name: "TP = 0 with both kinds of error",
      args: [
        [1, 0, 1, 0, 0],
        [0, 1, 0, 0, 0],
      ],
      expected: { accuracy: 0.4, precision: 0, recall: 0, f1: 0 },
    },
    { name: "a single true positive", args: [[1], [1]], expected: { accuracy: 1, precision: 1, recall: 1, f1: 1 } },
    { name: "a single false negative", args: [[1], [0]], expected: { accuracy: 0, precision: 0, recall: 0, f1: 0 } },
    {
      name: "rare positives: high accuracy, modest precision",
      args: [rareTrue, rarePred],
      expected: { accuracy: 0.96, precision: 40 / 70, recall: 0.8, f1: 80 / 120 },
    },
    { name: "a long repeated pattern", args: [repeat([1, 1, 0, 0, 1, 0, 1], 30), repeat([1, 0, 0, 1, 1, 0, 0], 30)] },
    {
      name: "arrays of different lengths must throw",
      tier: "required",
      args: [
        [1, 0, 1],
        [1, 0],
      ],
      throws: true,
    },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
    {
      name: "a label 2 must throw",
      tier: "robustness",
      args: [
        [1, 0, 2],
        [1, 0, 1],
      ],
      throws: true,
    },
    {
      name: "a predicted label -1 must throw",
      tier: "robustness",
      args: [
        [1, 0, 1],
        [1, -1, 1],
      ],
      throws: true,
    },
    {
      name: "a probability instead of a label must throw",
      tier: "robustness",
      args: [
        [1, 0, 1],
        [0.9, 0.2, 0.6],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261208,
    count: 20,
    // Each sample is one of the four outcomes; a per-case bias makes degenerate cases (no
    // predicted or no actual positives) appear now and then.
    args: (fc) =>
      fc.tuple(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 3 })).map(([draws, bias]) => {
        const yTrue = draws.map((v) => (v % 2 === 1 && bias !== 1 ? 1 : 0));
        const yPred = draws.map((v) => (Math.floor(v / 10) % 2 === 1 && bias !== 2 ? 1 : 0));
        return [yTrue, yPred];
      }),
  },
});
