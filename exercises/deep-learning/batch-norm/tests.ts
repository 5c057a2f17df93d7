import { defineTests } from "@/lib/exercises/test-kit";
import { grid, ones, s32, zeros } from "../test-data";

/** The column (1, 2, 3, 4) standardised: mean 2.5, population variance 1.25. */
const z4 = [-1.5, -0.5, 0.5, 1.5].map((v) => v / Math.sqrt(1.25));

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms (eps = 0 gives exact standardisation).
    { name: "the column (1, 2, 3) standardised: (-sqrt(3/2), 0, sqrt(3/2))", args: [[[1], [2], [3]], [1], [0], 0], expected: [[-s32], [0], [s32]] },
    {
      name: "a batch of two: every column becomes -1 and +1",
      args: [
        [
          [5, 3, 0.5],
          [9, -7, 0.25],
        ],
        ones(3),
        zeros(3),
        0,
      ],
      expected: [
        [-1, 1, 1],
        [1, -1, -1],
      ],
    },
    {
      name: "each column is normalised on its own",
      args: [
        [
          [1, 10, -3],
          [2, 20, -2],
          [3, 30, -1],
        ],
        ones(3),
        zeros(3),
        0,
      ],
      expected: [
        [-s32, -s32, -s32],
        [0, 0, 0],
        [s32, s32, s32],
      ],
    },
    {
      name: "gamma scales and beta shifts each column",
      args: [
        [
          [1, 4],
          [2, 4.5],
          [3, 5],
        ],
        [2, -1],
        [0.5, 3],
        0,
      ],
      expected: [
        [0.5 - 2 * s32, 3 + s32],
        [0.5, 3],
        [0.5 + 2 * s32, 3 - s32],
      ],
    },
    {
      name: "columns far from 0 (around 1e8): variance from deviations",
      args: [
        [
          [1e8 + 1, 1],
          [1e8 + 2, 2],
          [1e8 + 3, 3],
          [1e8 + 4, 4],
        ],
        ones(2),
        zeros(2),
        0,
      ],
      expected: z4.map((v) => [v, v]),
    },
    {
      name: "gamma = 0 gives beta everywhere",
      args: [grid(4, 3, 0.4), zeros(3), [1, -2, 3]],
      expected: [
        [1, -2, 3],
        [1, -2, 3],
        [1, -2, 3],
        [1, -2, 3],
      ],
    },
    // eps: default 1e-5, inside the square root.
    { name: "a batch of one row becomes beta", args: [[[3, -8, 0.25]], [5, 2, -1], [1.5, 0, -2]], expected: [[1.5, 0, -2]] },
    {
      name: "a constant column becomes beta (default eps)",
      tier: "robustness",
      args: [
        [
          [4, 1],
          [4, 2],
          [4, 3],
        ],
        [2, 2],
        [0.5, -1],
      ],
    },
    {
      name: "small variance: the default eps matters (0.001 / sqrt(1e-6 + 1e-5))",
      args: [[[0], [0.002]], [1], [0]],
      expected: [[-1 / Math.sqrt(11)], [1 / Math.sqrt(11)]],
    },
    { name: "eps = 1 shrinks the outputs: (1, 3) gives -+1/sqrt(2)", args: [[[1], [3]], [1], [0], 1], expected: [[-Math.SQRT1_2], [Math.SQRT1_2]] },
    {
      name: "eps = 0.5 with gamma and beta",
      args: [
        [
          [2, 0],
          [-1, 0.1],
          [4, -0.1],
          [0.5, 0.2],
        ],
        [1, -2],
        [0, 1],
        0.5,
      ],
    },
    {
      name: "eps = 1e-3 on small-variance columns",
      args: [
        [
          [0.01, 1],
          [0.02, 1.05],
          [0.03, 0.95],
        ],
        [1, 2],
        [0, 0],
        1e-3,
      ],
    },
    { name: "eps passed as undefined takes the default", args: [[[0], [0.002], [0.001]], [1], [0], undefined] },
    {
      name: "tiny values: eps dominates the variance",
      args: [[[1e-8], [3e-8]], [1], [0]],
      expected: [[-1e-8 / Math.sqrt(1e-16 + 1e-5)], [1e-8 / Math.sqrt(1e-16 + 1e-5)]],
    },
    // Ordinary inputs.
    { name: "a batch of 8 samples with 6 features", args: [grid(8, 6, 0.7), grid(1, 6, 2.1, 2)[0], grid(1, 6, 3.9, 1)[0]] },
    { name: "a square batch (4 x 4): rows and columns are not interchangeable", args: [grid(4, 4, 1.9), [1, 2, 0.5, -1], [0, 0.5, -0.5, 1]] },
    {
      name: "columns far from 0 with the default eps",
      args: [grid(5, 3, 1.3).map((row) => row.map((v) => v + 1e6)), grid(1, 3, 0.2, 2)[0], grid(1, 3, 4.4, 1)[0]],
    },
    {
      name: "columns on very different scales",
      args: [
        [
          [1e-3, 1e3, 5],
          [2e-3, -1e3, 5.5],
          [-4e-3, 3e3, 4],
        ],
        ones(3),
        zeros(3),
      ],
    },
    {
      name: "large magnitudes",
      tier: "robustness",
      args: [
        [
          [1e150, 2e100],
          [-1e150, 5e100],
          [3e150, -4e100],
        ],
        [1, 2],
        [0, 0],
      ],
    },
    { name: "a tall batch of 64 samples, one feature", args: [grid(64, 1, 0.1, 5), [1.5], [-0.5]] },
    // Bad arguments.
    {
      name: "gamma of the wrong length must throw",
      tier: "required",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 1],
        [0, 0, 0],
      ],
      throws: true,
    },
    {
      name: "beta of the wrong length must throw",
      tier: "required",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 1, 1],
        [0, 0, 0, 0],
      ],
      throws: true,
    },
    {
      name: "gamma with one entry per row instead of per column must throw",
      tier: "required",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [1, 1],
        [0, 0],
      ],
      throws: true,
    },
    {
      name: "ragged rows must throw",
      tier: "robustness",
      args: [
        [
          [1, 2, 3],
          [4, 5],
        ],
        ones(3),
        zeros(3),
      ],
      throws: true,
    },
    { name: "empty input must throw", tier: "required", args: [[], [], []], throws: true },
    { name: "rows with no entries must throw", tier: "robustness", args: [[[]], [], []], throws: true },
  ],
  random: {
    seed: 20261218,
    count: 25,
    // Shapes first, then the values, gamma and beta as flat arrays cut to size. An eps code of 0
    // means "eps omitted" (the default 1e-5), so eps shrinks toward the default.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 0, max: 3 }),
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            { minLength: 48, maxLength: 48 },
          ),
          fc.array(
            fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
            { minLength: 12, maxLength: 12 },
          ),
        )
        .map(([n, d, epsCode, values, affine]) => {
          const x = Array.from({ length: n }, (_, r) => values.slice(r * d, r * d + d));
          const args: [number[][], number[], number[], number?] = [x, affine.slice(0, d), affine.slice(6, 6 + d)];
          if (epsCode > 0) args[3] = [1e-5, 0.01, 1][epsCode - 1];
          return args;
        }),
  },
});
