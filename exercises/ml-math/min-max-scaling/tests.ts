import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "one column: min to 0, max to 1, midpoint to 1/2", args: [[[1], [2], [3]]], expected: [[0], [0.5], [1]] },
    {
      name: "columns on very different scales",
      args: [
        [
          [0.5, 1000, -3],
          [1.5, 3000, -1],
          [1, 2000, 1],
        ],
      ],
      expected: [
        [0, 0, 0],
        [1, 1, 0.5],
        [0.5, 0.5, 1],
      ],
    },
    {
      name: "a constant column among others",
      args: [
        [
          [4, 2.5, 0],
          [8, 2.5, 5],
          [6, 2.5, 10],
        ],
      ],
      expected: [
        [0, 0, 0],
        [1, 0, 0.5],
        [0.5, 0, 1],
      ],
    },
    {
      name: "a constant column of 0.1 (no rounding escape)",
      args: [
        [
          [0.1, 1],
          [0.1, 2],
          [0.1, 3],
        ],
      ],
      expected: [
        [0, 0],
        [0, 0.5],
        [0, 1],
      ],
    },
    {
      name: "every column constant",
      args: [
        [
          [3, -2],
          [3, -2],
          [3, -2],
        ],
      ],
      expected: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    },
    { name: "a single row: every column is constant", args: [[[5, -1, 1e6]]], expected: [[0, 0, 0]] },
    { name: "a single entry", args: [[[42]]], expected: [[0]] },
    {
      name: "negative values only",
      args: [
        [
          [-10, -0.5],
          [-30, -0.25],
          [-20, -0.75],
        ],
      ],
      expected: [
        [1, 0.5],
        [0, 1],
        [0.5, 0],
      ],
    },
    { name: "repeated minimum and maximum", args: [[[2], [8], [2], [8], [5]]], expected: [[0], [1], [0], [1], [0.5]] },
    {
      name: "large offset, small spread (subtract before dividing)",
      tier: "robustness",
      args: [[[1e9 + 2], [1e9 + 7], [1e9 + 3], [1e9 + 12]]],
      expected: [[0], [0.5], [0.1], [1]],
    },
    {
      name: "tiny magnitudes are not constant",
      args: [
        [
          [1e-12, 5],
          [3e-12, 6],
          [2e-12, 7],
        ],
      ],
      expected: [
        [0, 0],
        [1, 0.5],
        [0.5, 1],
      ],
    },
    {
      name: "huge magnitudes",
      tier: "robustness",
      args: [
        [
          [1e200, -4e250],
          [3e200, 4e250],
          [2e200, 0],
        ],
      ],
      expected: [
        [0, 0],
        [1, 1],
        [0.5, 0.5],
      ],
    },
    { name: "a tall matrix with one outlier", args: [[[0], [1], [2], [3], [4], [5], [6], [7], [8], [900]]] },
    { name: "rows of different lengths must throw", tier: "robustness", args: [[[1, 2], [3]]], throws: true },
    {
      name: "a longer row after the first must throw",
      tier: "robustness",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6, 7],
        ],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261204,
    count: 20,
    // Shape first, then a flat pool of values sliced into rows; some columns are made constant
    // and every column gets its own scale.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          d: fc.integer({ min: 1, max: 5 }),
          values: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 40, maxLength: 40 }),
          constant: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
          scale: fc.array(fc.constantFrom(1, 0.01, 100, 0.5), { minLength: 5, maxLength: 5 }),
        })
        .map(({ n, d, values, constant, scale }) => [
          Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => ((constant[j] ? values[j] : values[i * 5 + j]) / 10) * scale[j])),
        ]),
  },
});
