import { defineTests } from "@/lib/exercises/test-kit";
import { grid, ones, s32, zeros } from "../test-data";

/** (1, 2, 3, 4) standardised: mean 2.5, population variance 1.25. */
const z4 = [-1.5, -0.5, 0.5, 1.5].map((v) => v / Math.sqrt(1.25));

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms (eps = 0 gives exact standardisation).
    { name: "(1, 2, 3) standardised: (-sqrt(3/2), 0, sqrt(3/2))", args: [[[1, 2, 3]], ones(3), zeros(3), 0], expected: [[-s32, 0, s32]] },
    {
      name: "two entries become -1 and +1",
      args: [
        [
          [5, 9],
          [3, -7],
        ],
        ones(2),
        zeros(2),
        0,
      ],
      expected: [
        [-1, 1],
        [1, -1],
      ],
    },
    { name: "gamma scales and beta shifts each column", args: [[[1, 2, 3]], [2, 3, -1], [0.5, 0, 1], 0], expected: [[0.5 - 2 * s32, 0, 1 - s32]] },
    {
      name: "each row is normalised on its own",
      args: [
        [
          [1, 2, 3],
          [10, 20, 30],
          [-3, -2, -1],
        ],
        ones(3),
        zeros(3),
        0,
      ],
      expected: [
        [-s32, 0, s32],
        [-s32, 0, s32],
        [-s32, 0, s32],
      ],
    },
    {
      name: "rows far from 0 (around 1e8): variance from deviations",
      args: [
        [
          [1e8 + 1, 1e8 + 2, 1e8 + 3, 1e8 + 4],
          [1, 2, 3, 4],
        ],
        ones(4),
        zeros(4),
        0,
      ],
      expected: [z4, z4],
    },
    {
      name: "gamma = 0 gives beta everywhere",
      args: [grid(3, 4, 0.4), zeros(4), [1, -2, 3, 0.5]],
      expected: [
        [1, -2, 3, 0.5],
        [1, -2, 3, 0.5],
        [1, -2, 3, 0.5],
      ],
    },
    // eps: default 1e-5, inside the square root.
    {
      name: "a constant row becomes beta (default eps)",
      tier: "robustness",
      args: [
        [
          [4, 4, 4],
          [1, 2, 3],
        ],
        [2, 2, 2],
        [0.5, -1, 3],
      ],
    },
    { name: "a single column: every entry becomes beta", args: [[[3], [-8], [0.25]], [5], [1.5]], expected: [[1.5], [1.5], [1.5]] },
    {
      name: "small variance: the default eps matters (0.001 / sqrt(1e-6 + 1e-5))",
      args: [[[0, 0.002]], ones(2), zeros(2)],
      expected: [[-1 / Math.sqrt(11), 1 / Math.sqrt(11)]],
    },
    { name: "eps = 1 shrinks the outputs: (1, 3) gives -+1/sqrt(2)", args: [[[1, 3]], ones(2), zeros(2), 1], expected: [[-Math.SQRT1_2, Math.SQRT1_2]] },
    {
      name: "eps = 0.5 with gamma and beta",
      args: [
        [
          [2, -1, 4, 0.5],
          [0, 0.1, -0.1, 0.2],
        ],
        [1, -2, 0.5, 3],
        [0, 1, -1, 0.25],
        0.5,
      ],
    },
    {
      name: "eps = 1e-3 on small-variance rows",
      args: [
        [
          [0.01, 0.02, 0.03],
          [1, 1.05, 0.95],
        ],
        [1, 2, 3],
        [0, 0, 0],
        1e-3,
      ],
    },
    { name: "eps passed as undefined takes the default", args: [[[0, 0.002, 0.001]], ones(3), zeros(3), undefined] },
    {
      name: "tiny values: eps dominates the variance",
      args: [[[1e-8, 3e-8]], ones(2), zeros(2)],
      expected: [[-1e-8 / Math.sqrt(1e-16 + 1e-5), 1e-8 / Math.sqrt(1e-16 + 1e-5)]],
    },
    // Ordinary inputs.
    { name: "a batch of 6 tokens with 8 features", args: [grid(6, 8, 0.7), grid(1, 8, 2.1, 2)[0], grid(1, 8, 3.9, 1)[0]] },
    {
      name: "rows far from 0 with the default eps",
      args: [grid(3, 5, 1.3).map((row) => row.map((v) => v + 1e6)), grid(1, 5, 0.2, 2)[0], grid(1, 5, 4.4, 1)[0]],
    },
    {
      name: "large magnitudes",
      tier: "robustness",
      args: [
        [
          [1e150, -1e150, 3e150],
          [2e100, 5e100, -4e100],
        ],
        [1, 2, 3],
        [0, 0, 0],
      ],
    },
    { name: "one row of 64 features", args: [grid(1, 64, 0.1, 5), grid(1, 64, 1.7, 1.5)[0], grid(1, 64, 2.6, 0.5)[0]] },
    // Bad arguments.
    { name: "gamma of the wrong length must throw", tier: "required", args: [[[1, 2, 3]], [1, 1], [0, 0, 0]], throws: true },
    { name: "beta of the wrong length must throw", tier: "required", args: [[[1, 2, 3]], [1, 1, 1], [0, 0, 0, 0]], throws: true },
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
    { name: "no rows give no rows", args: [[], [], []], expected: [] },
    { name: "rows with no entries must throw", tier: "robustness", args: [[[]], [], []], throws: true },
  ],
  random: {
    seed: 20261217,
    count: 25,
    // Shapes first, then the values, gamma and beta as flat arrays cut to size. An eps code of 0
    // means "eps omitted" (the default 1e-5), so eps shrinks toward the default.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 0, max: 3 }),
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            { minLength: 48, maxLength: 48 },
          ),
          fc.array(
            fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
            { minLength: 16, maxLength: 16 },
          ),
        )
        .map(([n, d, epsCode, values, affine]) => {
          const x = Array.from({ length: n }, (_, r) => values.slice(r * d, r * d + d));
          const args: [number[][], number[], number[], number?] = [x, affine.slice(0, d), affine.slice(8, 8 + d)];
          if (epsCode > 0) args[3] = [1e-5, 0.01, 1][epsCode - 1];
          return args;
        }),
  },
});
