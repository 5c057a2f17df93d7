import { defineTests } from "@/lib/exercises/test-kit";
import { sineGrid } from "../test-data";

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "2 x 3 becomes 3 x 2",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      expected: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    },
    {
      name: "3 x 2 becomes 2 x 3",
      args: [
        [
          [1, 4],
          [2, 5],
          [3, 6],
        ],
      ],
      expected: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    },
    { name: "a row vector becomes a column", args: [[[7, -8, 9, 10]]], expected: [[7], [-8], [9], [10]] },
    { name: "a column vector becomes a row", args: [[[7], [-8], [9], [10]]], expected: [[7, -8, 9, 10]] },
    { name: "1 x 1", args: [[[-2.5]]], expected: [[-2.5]] },
    {
      name: "2 x 2, not symmetric",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: [
        [1, 3],
        [2, 4],
      ],
    },
    {
      name: "3 x 3, not symmetric",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      expected: [
        [1, 4, 7],
        [2, 5, 8],
        [3, 6, 9],
      ],
    },
    {
      name: "a symmetric matrix is its own transpose",
      args: [
        [
          [2, -1, 0],
          [-1, 2, -1],
          [0, -1, 2],
        ],
      ],
      expected: [
        [2, -1, 0],
        [-1, 2, -1],
        [0, -1, 2],
      ],
    },
    {
      name: "an upper-triangular matrix becomes lower-triangular",
      args: [
        [
          [1, 2, 3],
          [0, 4, 5],
          [0, 0, 6],
        ],
      ],
      expected: [
        [1, 0, 0],
        [2, 4, 0],
        [3, 5, 6],
      ],
    },
    {
      name: "2 x 5",
      args: [
        [
          [1, 2, 3, 4, 5],
          [6, 7, 8, 9, 10],
        ],
      ],
      expected: [
        [1, 6],
        [2, 7],
        [3, 8],
        [4, 9],
        [5, 10],
      ],
    },
    {
      name: "4 x 2",
      args: [
        [
          [1, -1],
          [2, -2],
          [3, -3],
          [4, -4],
        ],
      ],
      expected: [
        [1, 2, 3, 4],
        [-1, -2, -3, -4],
      ],
    },
    {
      name: "entries are copied exactly, huge and tiny",
      args: [
        [
          [1e308, -1e-308],
          [5e-324, 0],
          [-7e200, 3],
        ],
      ],
      expected: [
        [1e308, 5e-324, -7e200],
        [-1e-308, 0, 3],
      ],
    },
    {
      name: "non-finite entries move like any other",
      args: [
        [
          [Infinity, 1],
          [NaN, -Infinity],
        ],
      ],
      expected: [
        [Infinity, NaN],
        [1, -Infinity],
      ],
      tier: "robustness",
    },
    { name: "8 x 8", args: [sineGrid(8, 8, 0.3)] },
    { name: "5 x 8", args: [sineGrid(5, 8, 1.1)] },
    { name: "8 x 3", args: [sineGrid(8, 3, -2.2)] },
    { name: "a matrix with no rows transposes to no rows", args: [[]], expected: [] },
    { name: "a 1 x 0 matrix transposes to a 0 x 1 matrix (no rows)", args: [[[]]], expected: [], tier: "robustness" },
    { name: "a 2 x 0 matrix transposes to a 0 x 2 matrix (no rows)", args: [[[], []]], expected: [], tier: "robustness" },
    { name: "a shorter second row must throw", args: [[[1, 2], [3]]], throws: true, tier: "robustness" },
    { name: "a longer second row must throw", args: [[[1], [2, 3]]], throws: true, tier: "robustness" },
    {
      name: "a ragged last row must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "a ragged middle row must throw", args: [[[1, 2], [3], [4, 5]]], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261207,
    count: 20,
    args: (fc) =>
      fc
        .record({
          rows: fc.integer({ min: 1, max: 8 }),
          cols: fc.integer({ min: 1, max: 8 }),
          values: fc.array(fc.integer({ min: -999, max: 999 }), { minLength: 64, maxLength: 64 }),
        })
        .map(({ rows, cols, values }) => [Array.from({ length: rows }, (_, i) => values.slice(i * cols, i * cols + cols).map((v) => v / 10))]),
  },
});
