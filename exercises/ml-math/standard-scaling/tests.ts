import { defineTests } from "@/lib/exercises/test-kit";

const r = Math.sqrt(1.5); // z-scores of (a, a + h, a + 2h): -sqrt(3/2), 0, sqrt(3/2)
const col = (values: number[]) => values.map((v) => [v]);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      // The classic example: population std of 2, 4, 4, 4, 5, 5, 7, 9 is exactly 2, mean 5.
      name: "2, 4, 4, 4, 5, 5, 7, 9: mean 5, population std 2",
      args: [col([2, 4, 4, 4, 5, 5, 7, 9])],
      expected: col([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]),
    },
    {
      name: "two distinct values become -1 and 1",
      args: [
        [
          [3, -7],
          [11, 5],
        ],
      ],
      expected: [
        [-1, -1],
        [1, 1],
      ],
    },
    {
      name: "an exactly constant column becomes 0",
      args: [
        [
          [5, 1],
          [5, 2],
          [5, 3],
        ],
      ],
      expected: [
        [0, -r],
        [0, 0],
        [0, r],
      ],
    },
    {
      name: "constant 0.1 column: computed std 1.4e-17, not 0",
      args: [
        [
          [1, 0.1],
          [2, 0.1],
          [3, 0.1],
        ],
      ],
      expected: [
        [-r, 0],
        [0, 0],
        [r, 0],
      ],
    },
    { name: "constant 0.7 column of seven rows", args: [col([0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7])], expected: col([0, 0, 0, 0, 0, 0, 0]) },
    { name: "constant 1e20 / 3 column: computed std 4096", args: [col(Array(7).fill(1e20 / 3))], expected: col(Array(7).fill(0)) },
    {
      name: "constant 123456789.123 column: computed std 1.5e-8",
      args: [
        [
          [123456789.123, 0],
          [123456789.123, 1],
          [123456789.123, 2],
        ],
      ],
      expected: [
        [0, -r],
        [0, 0],
        [0, r],
      ],
    },
    { name: "a single row: every column is constant", args: [[[0.1, -3, 1e9]]], expected: [[0, 0, 0]] },
    { name: "large offset, small spread (two-pass variance)", tier: "robustness", args: [col([1e8 + 1, 1e8 + 2, 1e8 + 3])], expected: col([-r, 0, r]) },
    {
      name: "large offset, uneven values",
      tier: "robustness",
      args: [
        [
          [1e9 + 0.5, 2],
          [1e9 + 3.25, 4],
          [1e9 - 1.5, 9],
          [1e9 + 7, 1],
        ],
      ],
    },
    { name: "tiny magnitudes are not constant", args: [col([1e-12, 2e-12, 3e-12])], expected: col([-r, 0, r]) },
    {
      name: "huge magnitudes",
      tier: "robustness",
      args: [
        [
          [1e150, -2e150],
          [2e150, 0],
          [3e150, 2e150],
        ],
      ],
      expected: [
        [-r, -r],
        [0, 0],
        [r, r],
      ],
    },
    { name: "one outlier dominates the std", args: [col([0, 0, 0, 0, 0, 0, 0, 0, 0, 100])] },
    {
      name: "columns on very different scales",
      args: [
        [
          [0.001, 5000, -2],
          [0.004, 1000, 3],
          [0.002, 3000, 0],
          [0.003, 2000, 7],
        ],
      ],
    },
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
    seed: 20261205,
    count: 20,
    // Shape first, then a flat pool of values sliced into rows; some columns are made constant
    // (values like 0.1 or 0.7, whose computed std is usually not exactly 0) and every column gets
    // its own scale.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          d: fc.integer({ min: 1, max: 5 }),
          values: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 40, maxLength: 40 }),
          // About one column in four is constant, so most cases also test ordinary columns alone.
          constant: fc.array(
            fc.integer({ min: 0, max: 3 }).map((v) => v === 0),
            { minLength: 5, maxLength: 5 },
          ),
          scale: fc.array(fc.constantFrom(1, 0.1, 100, 0.7), { minLength: 5, maxLength: 5 }),
        })
        .map(({ n, d, values, constant, scale }) => [
          Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => ((constant[j] ? values[j] : values[i * 5 + j]) / 10) * scale[j])),
        ]),
  },
});
