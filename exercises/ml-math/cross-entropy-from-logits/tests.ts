import { defineTests } from "@/lib/exercises/test-kit";

/** log(1 + e^-1 + e^-2): logsumexp(1, 2, 3) - 3. */
const lse123 = Math.log(1 + Math.exp(-1) + Math.exp(-2));

/** 200 samples, 10 classes: deterministic logits and labels. */
const manyLogits = Array.from({ length: 200 }, (_, i) => Array.from({ length: 10 }, (_, j) => Math.round(300 * Math.sin(i * 1.3 + j * 0.7)) / 100));
const manyLabels = Array.from({ length: 200 }, (_, i) => (i * 7) % 10);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "equal logits cost ln K whatever the label",
      args: [
        [0, 3, 1],
        [
          [0, 0, 0, 0],
          [5, 5, 5, 5],
          [-2, -2, -2, -2],
        ],
      ],
      expected: Math.log(4),
    },
    { name: "true class has the largest logit", args: [[2], [[1, 2, 3]]], expected: lse123 },
    { name: "true class has the smallest logit", args: [[0], [[1, 2, 3]]], expected: 2 + lse123 },
    {
      name: "the mean of two samples",
      args: [
        [2, 0],
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
      ],
      expected: (lse123 + 2 + lse123) / 2,
    },
    {
      name: "two classes: log(1 + e^-2), the logistic loss of a margin of 2",
      args: [
        [0, 1],
        [
          [2, 0],
          [0, 2],
        ],
      ],
      expected: Math.log(1 + Math.exp(-2)),
    },
    { name: "huge equal logits cost ln 2 (exp overflows without the shift)", args: [[0], [[1000, 1000]]], expected: Math.LN2 },
    { name: "very negative equal logits cost ln 3", args: [[1], [[-1000, -1000, -1000]]], expected: Math.log(3) },
    { name: "true logit 1000 below the other: the loss is 1000, not Infinity", args: [[1], [[0, -1000]]], expected: 1000 },
    { name: "a confident correct prediction costs (almost) nothing", args: [[0], [[0, -1000]]], expected: 0 },
    {
      name: "one dominant wrong logit",
      args: [
        [2, 0],
        [
          [1000, 0, -1000],
          [1000, 0, -1000],
        ],
      ],
      expected: 1000,
    },
    {
      name: "a shift of every logit in a row changes nothing",
      args: [
        [1, 1],
        [
          [1e6 + 1, 1e6 + 2, 1e6 + 3],
          [-1e6 + 1, -1e6 + 2, -1e6 + 3],
        ],
      ],
      expected: 1 + lse123,
    },
    {
      name: "a single class always costs 0",
      args: [
        [0, 0],
        [[5], [-3]],
      ],
      expected: 0,
    },
    {
      name: "negative logits are not probabilities",
      args: [
        [1, 0],
        [
          [-1.5, -0.5, -3],
          [-0.2, 0.4, -2],
        ],
      ],
    },
    {
      name: "logits around the overflow point of exp",
      args: [
        [3, 1],
        [
          [710, 709, 700, -5],
          [720, 740, 0, 735],
        ],
      ],
    },
    { name: "200 samples, 10 classes (a mean, not a sum)", args: [manyLabels, manyLogits] },
    { name: "a label equal to K is out of range and must throw", tier: "robustness", args: [[3], [[1, 2, 3]]], throws: true },
    {
      name: "a negative label must throw",
      tier: "robustness",
      args: [
        [0, -1],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      throws: true,
    },
    { name: "a fractional label must throw", tier: "robustness", args: [[0.5], [[1, 2]]], throws: true },
    { name: "more labels than rows must throw", tier: "required", args: [[0, 1], [[1, 2]]], throws: true },
    {
      name: "more rows than labels must throw",
      tier: "required",
      args: [
        [0],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      throws: true,
    },
    {
      name: "rows of different lengths must throw",
      tier: "robustness",
      args: [
        [0, 0],
        [
          [1, 2, 3],
          [1, 2],
        ],
      ],
      throws: true,
    },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
  ],
  random: {
    seed: 20261307,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          k: fc.integer({ min: 2, max: 6 }),
          scale: fc.constantFrom(1, 10, 100),
          labels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 8 }),
          values: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 48, maxLength: 48 }),
        })
        .map(({ n, k, scale, labels, values }) => [
          labels.slice(0, n).map((y) => y % k),
          Array.from({ length: n }, (_, i) => values.slice(i * 6, i * 6 + k).map((v) => (v * scale) / 100)),
        ]),
  },
});
