import { defineTests } from "@/lib/exercises/test-kit";
import { rotation, sineGrid } from "../test-data";

const M = [
  [2, -1, 0.5],
  [3, 4, -2],
  [0, 1.5, 1],
];
const I3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "1 x 1 matrices", args: [[[3]], [[-4]]], expected: [[-12]] },
    {
      name: "2 x 2, not symmetric",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ],
      expected: [
        [19, 22],
        [43, 50],
      ],
    },
    {
      name: "the other order gives another result",
      args: [
        [
          [5, 6],
          [7, 8],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: [
        [23, 34],
        [31, 46],
      ],
    },
    { name: "identity on the left", args: [I3, M], expected: M },
    { name: "identity on the right", args: [M, I3], expected: M },
    {
      name: "(2 x 3) times (3 x 4)",
      args: [
        [
          [1, 0, -2],
          [0.5, 3, 1],
        ],
        [
          [1, 2, 3, 4],
          [0, -1, 5, 2],
          [2, 2, -1, 0.5],
        ],
      ],
      expected: [
        [-3, -2, 5, 3],
        [2.5, 0, 15.5, 8.5],
      ],
    },
    {
      name: "(3 x 1) times (1 x 3): outer product",
      args: [[[1], [-2], [3]], [[4, 5, -6]]],
      expected: [
        [4, 5, -6],
        [-8, -10, 12],
        [12, 15, -18],
      ],
    },
    { name: "(1 x 4) times (4 x 1): inner product", args: [[[1, 2, 3, 4]], [[2], [-1], [0.5], [0.25]]], expected: [[2.5]] },
    {
      name: "(1 x 2) times (2 x 3): a single output row",
      args: [
        [[2, -3]],
        [
          [1, 0, 4],
          [5, -1, 2],
        ],
      ],
      expected: [[-13, 3, 2]],
    },
    {
      name: "(4 x 2) times (2 x 1): a single output column",
      args: [
        [
          [1, 2],
          [3, 4],
          [-5, 6],
          [0, 0],
        ],
        [[10], [-1]],
      ],
      expected: [[8], [26], [-56], [0]],
    },
    {
      name: "products that cancel",
      args: [
        [
          [1, -1],
          [2, -2],
        ],
        [
          [5, 3],
          [5, 3],
        ],
      ],
      expected: [
        [0, 0],
        [0, 0],
      ],
    },
    {
      name: "zero matrix",
      args: [
        [
          [0, 0],
          [0, 0],
          [0, 0],
        ],
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      expected: [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    },
    { name: "rotations compose: R(0.3) R(0.4) = R(0.7)", args: [rotation(0.3), rotation(0.4)], expected: rotation(0.7) },
    {
      name: "huge magnitudes",
      args: [
        [
          [1e150, 2e150],
          [-3e150, 1e150],
        ],
        [
          [1e150, -1e150],
          [3e150, 2e150],
        ],
      ],
    },
    {
      name: "small magnitudes",
      args: [
        [
          [2e-4, -1e-4],
          [5e-4, 3e-4],
        ],
        [
          [1e-3, 4e-3],
          [2e-3, -1e-3],
        ],
      ],
    },
    {
      name: "mixed magnitudes",
      args: [
        [
          [1e8, 1e-8],
          [-2, 3],
        ],
        [
          [2e-8, 1],
          [5e7, -1e-7],
        ],
      ],
    },
    { name: "(20 x 15) times (15 x 10)", args: [sineGrid(20, 15, 0.1), sineGrid(15, 10, 2.7)] },
    { name: "(7 x 3) times (3 x 9)", args: [sineGrid(7, 3, 1.3), sineGrid(3, 9, -0.4)] },
    {
      name: "B has fewer rows than A has columns: must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "B has more rows than A has columns: must throw",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
      throws: true,
      tier: "required",
    },
    { name: "A with no rows (its number of columns is unknown) must throw", args: [[], [[1, 2]]], throws: true, tier: "robustness" },
    { name: "B with no rows: A has 2 columns, B has 0 rows, must throw", args: [[[1, 2]], []], throws: true, tier: "required" },
    { name: "A with an empty row: A has 0 columns, B has 1 row, must throw", args: [[[]], [[1, 2]]], throws: true, tier: "required" },
    { name: "(1 x 1) times (1 x 0) is 1 x 0: one empty row", args: [[[1]], [[]]], expected: [[]], tier: "robustness" },
    {
      name: "ragged A must throw",
      args: [
        [[1, 2], [3]],
        [[1], [2]],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "ragged B must throw", args: [[[1, 1]], [[1, 2], [3]]], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261123,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 5 }),
          k: fc.integer({ min: 1, max: 5 }),
          m: fc.integer({ min: 1, max: 5 }),
          values: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 50, maxLength: 50 }),
        })
        .map(({ n, k, m, values }) => [
          Array.from({ length: n }, (_, i) => Array.from({ length: k }, (_, p) => values[i * k + p] / 100)),
          Array.from({ length: k }, (_, p) => Array.from({ length: m }, (_, j) => values[25 + p * m + j] / 100)),
        ]),
  },
});
