import { defineTests } from "@/lib/exercises/test-kit";

const identity3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

// Expected values of the fixed cases were computed with NumPy (dOut @ W.T, X.T @ dOut, dOut.sum(axis=0)).
export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "a single sample, a single input and output: products of scalars",
      args: [[[2]], [[3]], [1], [[5]]],
      expected: { dX: [[15]], dW: [[10]], db: [5] },
    },
    {
      name: "square W (d = k = 2): W must be transposed in dX",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [0.5, -1],
          [2, 0.25],
        ],
        [0, 0],
        [
          [1, -1],
          [2, 0.5],
        ],
      ],
      expected: {
        dX: [
          [1.5, 1.75],
          [0.5, 4.125],
        ],
        dW: [
          [7, 0.5],
          [10, 0],
        ],
        db: [3, -0.5],
      },
    },
    {
      name: "n = 2, d = 3, k = 2",
      args: [
        [
          [1, 0, 2],
          [-1, 3, 1],
        ],
        [
          [1, -1],
          [2, 0],
          [0, 3],
        ],
        [0.5, -0.5],
        [
          [1, 2],
          [0, -1],
        ],
      ],
      expected: {
        dX: [
          [-1, 2, 6],
          [1, 0, -3],
        ],
        dW: [
          [1, 3],
          [0, -3],
          [2, 3],
        ],
        db: [1, 1],
      },
    },
    {
      name: "one sample, four inputs, one output (a linear regression unit)",
      args: [[[1, 2, 3, 4]], [[1], [2], [3], [4]], [0], [[0.5]]],
      expected: { dX: [[0.5, 1, 1.5, 2]], dW: [[0.5], [1], [1.5], [2]], db: [0.5] },
    },
    {
      name: "three samples, one input, four outputs (k > d)",
      args: [
        [[1], [2], [3]],
        [[1, 2, 3, 4]],
        [0, 0, 0, 0],
        [
          [1, 0, 0, 1],
          [0, 1, 0, 0],
          [2, 0, -1, 0],
        ],
      ],
      expected: { dX: [[5], [2], [-1]], dW: [[7, 2, -3, 1]], db: [3, 1, -1, 1] },
    },
    {
      name: "W = I: the gradient passes through unchanged",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        identity3,
        [0, 0, 0],
        [
          [0.1, -0.2, 0.3],
          [1, 2, 3],
        ],
      ],
      expected: {
        dX: [
          [0.1, -0.2, 0.3],
          [1, 2, 3],
        ],
        dW: [
          [4.1, 7.8, 12.3],
          [5.2, 9.6, 15.6],
          [6.3, 11.4, 18.9],
        ],
        db: [1.1, 1.8, 3.3],
      },
    },
    {
      name: "dOut of ones: db counts the samples (a sum, not a mean)",
      args: [
        [
          [1, -1],
          [2, 0],
          [0, 3],
          [1, 1],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        [9, -9],
        [
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1],
        ],
      ],
      expected: {
        dX: [
          [3, 7],
          [3, 7],
          [3, 7],
          [3, 7],
        ],
        dW: [
          [4, 4],
          [3, 3],
        ],
        db: [4, 4],
      },
    },
    {
      name: "a zero upstream gradient gives zero gradients",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 2, 3],
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
      ],
      expected: {
        dX: [
          [0, 0],
          [0, 0],
          [0, 0],
        ],
        dW: [
          [0, 0, 0],
          [0, 0, 0],
        ],
        db: [0, 0, 0],
      },
    },
    {
      name: "the bias does not change any gradient",
      args: [
        [
          [1, 0, 2],
          [-1, 3, 1],
        ],
        [
          [1, -1],
          [2, 0],
          [0, 3],
        ],
        [1e6, -1e6],
        [
          [1, 2],
          [0, -1],
        ],
      ],
      expected: {
        dX: [
          [-1, 2, 6],
          [1, 0, -3],
        ],
        dW: [
          [1, 3],
          [0, -3],
          [2, 3],
        ],
        db: [1, 1],
      },
    },
    {
      name: "huge and tiny magnitudes",
      args: [
        [
          [1e8, -2e8],
          [3e-8, 4e-8],
        ],
        [
          [1e-4, 2],
          [3, -4e4],
        ],
        [0, 0],
        [
          [1e3, -1e-3],
          [5, 7],
        ],
      ],
      expected: {
        dX: [
          [0.098, 3040],
          [14.0005, -279985],
        ],
        dW: [
          [1e11, -99999.99999979],
          [-2e11, 200000.00000028],
        ],
        db: [1005, 6.999],
      },
    },
    {
      name: "a batch of 8 samples, 5 inputs, 3 outputs",
      args: [
        Array.from({ length: 8 }, (_, i) => Array.from({ length: 5 }, (_, j) => Math.sin(i + 2 * j))),
        Array.from({ length: 5 }, (_, j) => Array.from({ length: 3 }, (_, m) => Math.cos(j - m) / 2)),
        [0.1, 0.2, 0.3],
        Array.from({ length: 8 }, (_, i) => Array.from({ length: 3 }, (_, m) => (i - m) / 4)),
      ],
    },
    { name: "X has 3 columns but W has 2 rows: must throw", tier: "required", args: [[[1, 2, 3]], [[1], [2]], [0], [[1]]], throws: true },
    {
      name: "b has the wrong length: must throw",
      tier: "required",
      args: [
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
        [0],
        [[1, 1]],
      ],
      throws: true,
    },
    {
      name: "dOut has the wrong number of rows: must throw",
      tier: "required",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        [0, 0],
        [[1, 1]],
      ],
      throws: true,
    },
    {
      name: "dOut has the wrong number of columns: must throw",
      tier: "required",
      args: [
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
        [0, 0],
        [[1, 1, 1]],
      ],
      throws: true,
    },
    { name: "a ragged X: must throw", tier: "robustness", args: [[[1, 2], [3]], [[1], [2]], [0], [[1], [1]]], throws: true },
    { name: "a ragged W: must throw", tier: "robustness", args: [[[1, 2]], [[1, 2], [3]], [0, 0], [[1, 1]]], throws: true },
  ],
  random: {
    seed: 20261210,
    count: 22,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 6 }),
          d: fc.integer({ min: 1, max: 6 }),
          k: fc.integer({ min: 1, max: 6 }),
          values: fc.array(
            fc.integer({ min: -50, max: 50 }).map((v) => v / 10),
            { minLength: 114, maxLength: 114 },
          ),
        })
        .map(({ n, d, k, values }) => {
          // 114 = 36 (X) + 36 (W) + 6 (b) + 36 (dOut): every block sliced from its own fixed offset.
          const rows = (offset: number, r: number, c: number) => Array.from({ length: r }, (_, i) => values.slice(offset + i * c, offset + (i + 1) * c));
          return [rows(0, n, d), rows(36, d, k), values.slice(72, 72 + k), rows(78, n, k)];
        }),
  },
});
