import { defineTests } from "@/lib/exercises/test-kit";

const oneHot = (k: number, classes: number) => Array.from({ length: classes }, (_, j) => (j === k ? 1 : 0));

/** 200 samples, 10 classes: deterministic softmax-like rows and labels. */
const many = Array.from({ length: 200 }, (_, i) => {
  const scores = Array.from({ length: 10 }, (_, j) => Math.exp(2 * Math.sin(i * 1.3 + j * 0.7)));
  const total = scores.reduce((a, b) => a + b, 0);
  return { label: oneHot((i * 7) % 10, 10), probs: scores.map((s) => s / total) };
});

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "a uniform prediction costs ln K",
      args: [
        [oneHot(0, 4), oneHot(3, 4), oneHot(1, 4)],
        [
          [0.25, 0.25, 0.25, 0.25],
          [0.25, 0.25, 0.25, 0.25],
          [0.25, 0.25, 0.25, 0.25],
        ],
      ],
      expected: Math.log(4),
    },
    { name: "a single sample", args: [[[0, 0, 1]], [[0.2, 0.1, 0.7]]], expected: -Math.log(0.7) },
    {
      name: "perfect predictions cost (almost) nothing",
      args: [
        [
          [1, 0, 0],
          [0, 0, 1],
        ],
        [
          [1, 0, 0],
          [0, 0, 1],
        ],
      ],
      expected: 0,
    },
    { name: "probability 0 on the true class", args: [[[0, 1, 0]], [[0.5, 0, 0.5]]], expected: -Math.log(1e-12) },
    {
      name: "probability 0 on a wrong class only",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        [
          [0.8, 0, 0.2],
          [0, 0.4, 0.6],
        ],
      ],
      expected: -(Math.log(0.8) + Math.log(0.4)) / 2,
    },
    {
      name: "custom eps clips on both sides",
      args: [
        [
          [1, 0],
          [0, 1],
          [1, 0],
        ],
        [
          [0.95, 0.05],
          [0.98, 0.02],
          [0.5, 0.5],
        ],
        0.1,
      ],
      expected: -(Math.log(0.9) + Math.log(0.1) + Math.log(0.5)) / 3,
    },
    {
      name: "custom eps with exact zeros",
      args: [
        [
          [0, 1, 0],
          [1, 0, 0],
        ],
        [
          [0, 0.97, 0.03],
          [0.01, 0.99, 0],
        ],
        0.1,
      ],
      expected: -(Math.log(0.9) + Math.log(0.1)) / 2,
    },
    {
      name: "custom eps = 0.2 caps confident correct predictions",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        [
          [0.9, 0.05, 0.05],
          [0.1, 0.85, 0.05],
        ],
        0.2,
      ],
      expected: -Math.log(0.8),
    },
    {
      name: "custom eps = 1e-7 and a probability of 0",
      args: [
        [
          [1, 0],
          [0, 1],
        ],
        [
          [0, 1],
          [0.3, 0.7],
        ],
        1e-7,
      ],
      expected: -(Math.log(1e-7) + Math.log(0.7)) / 2,
    },
    { name: "tiny probability below eps is clipped", args: [[[1, 0]], [[1e-20, 1]]], expected: -Math.log(1e-12) },
    { name: "tiny probability above eps is not clipped", args: [[[0, 1]], [[1, 1e-10]]], expected: -Math.log(1e-10) },
    {
      name: "one confident mistake among good predictions",
      args: [
        [oneHot(0, 3), oneHot(1, 3), oneHot(2, 3), oneHot(0, 3)],
        [
          [0.9, 0.05, 0.05],
          [0.1, 0.8, 0.1],
          [0.2, 0.2, 0.6],
          [0, 1, 0],
        ],
      ],
    },
    {
      name: "a single class",
      args: [
        [[1], [1]],
        [[1], [1]],
      ],
      expected: 0,
    },
    {
      name: "two classes agree with binary cross-entropy",
      args: [
        [
          [0, 1],
          [1, 0],
          [0, 1],
        ],
        [
          [0.3, 0.7],
          [0.6, 0.4],
          [0.9, 0.1],
        ],
      ],
      expected: -(Math.log(0.7) + Math.log(0.6) + Math.log(0.1)) / 3,
    },
    { name: "200 samples, 10 classes (mean, not sum)", args: [many.map((s) => s.label), many.map((s) => s.probs)] },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
    {
      name: "more probability rows than label rows must throw",
      tier: "required",
      args: [
        [[1, 0]],
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
      ],
      throws: true,
    },
    {
      name: "fewer probability rows than label rows must throw",
      tier: "required",
      args: [
        [
          [1, 0],
          [0, 1],
        ],
        [[0.5, 0.5]],
      ],
      throws: true,
    },
    { name: "row lengths differ must throw", tier: "robustness", args: [[[1, 0, 0]], [[0.5, 0.5]]], throws: true },
    {
      name: "row lengths differ in the last row only must throw",
      tier: "robustness",
      args: [
        [
          [1, 0],
          [0, 1],
          [1, 0],
        ],
        [
          [0.5, 0.5],
          [0.5, 0.5],
          [0.2, 0.3, 0.5],
        ],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261126,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          k: fc.integer({ min: 2, max: 5 }),
          labels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 8, maxLength: 8 }),
          weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 40, maxLength: 40 }),
        })
        .map(({ n, k, labels, weights }) => {
          const yTrue: number[][] = [];
          const yProb: number[][] = [];
          for (let i = 0; i < n; i++) {
            yTrue.push(oneHot(labels[i] % k, k));
            const row = weights.slice(i * 5, i * 5 + k);
            const total = row.reduce((a, b) => a + b, 0);
            yProb.push(total === 0 ? row.map(() => 1 / k) : row.map((w) => w / total));
          }
          return [yTrue, yProb];
        }),
  },
});
