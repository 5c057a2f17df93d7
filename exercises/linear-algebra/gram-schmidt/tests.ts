import { defineTests } from "@/lib/exercises/test-kit";
import { identity } from "../test-data";

const s2 = Math.SQRT1_2;
const s3 = 1 / Math.sqrt(3);
const s6 = 1 / Math.sqrt(6);

/** Läuchli's vectors (1, e, 0, 0), (1, 0, e, 0), (1, 0, 0, e): nearly parallel for small e. */
const lauchli = (e: number) => [
  [1, e, 0, 0],
  [1, 0, e, 0],
  [1, 0, 0, e],
];
/** Their orthonormal basis in closed form (exact remainders divided by e, then normalised). */
const lauchliBasis = (e: number) => {
  const unit = (v: number[]) => v.map((x) => x / Math.hypot(...v));
  return [unit([1, e, 0, 0]), unit([e, -1, 1 + e * e, 0]), unit([e, -1, -1, 2 + e * e])];
};

/** (1, 0, ..., 0), (1, 1, 0, ..., 0), ..., (1, ..., 1) in R^6: each remainder is the next standard basis vector. */
const staircase = [
  [1, 0, 0, 0, 0, 0],
  [1, 1, 0, 0, 0, 0],
  [1, 1, 1, 0, 0, 0],
  [1, 1, 1, 1, 0, 0],
  [1, 1, 1, 1, 1, 0],
  [1, 1, 1, 1, 1, 1],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a single vector is normalised", args: [[[3, 4]]], expected: [[0.6, 0.8]] },
    { name: "a single negative vector keeps its direction", args: [[[-2, 0, 0]]], expected: [[-1, 0, 0]] },
    { name: "1-D: [[-5]]", args: [[[-5]]], expected: [[-1]] },
    {
      name: "textbook: (1,1,0), (1,0,1), (0,1,1)",
      args: [
        [
          [1, 1, 0],
          [1, 0, 1],
          [0, 1, 1],
        ],
      ],
      expected: [
        [s2, s2, 0],
        [s6, -s6, 2 * s6],
        [-s3, s3, s3],
      ],
    },
    {
      name: "input order matters: (1,1), (1,0)",
      args: [
        [
          [1, 1],
          [1, 0],
        ],
      ],
      expected: [
        [s2, s2],
        [s2, -s2],
      ],
    },
    {
      name: "input order matters: (1,0), (1,1)",
      args: [
        [
          [1, 0],
          [1, 1],
        ],
      ],
      expected: [
        [1, 0],
        [0, 1],
      ],
    },
    { name: "nested vectors (1,0,...), (1,1,0,...), ... give the standard basis", args: [staircase], expected: identity(6) },
    {
      name: "orthogonal but not unit vectors are only normalised",
      args: [
        [
          [2, 0, 0],
          [0, 0, -3],
          [0, 0.5, 0],
        ],
      ],
      expected: [
        [1, 0, 0],
        [0, 0, -1],
        [0, 1, 0],
      ],
    },
    {
      name: "an orthonormal set is returned unchanged",
      args: [
        [
          [0.6, 0.8, 0],
          [-0.8, 0.6, 0],
          [0, 0, 1],
        ],
      ],
      expected: [
        [0.6, 0.8, 0],
        [-0.8, 0.6, 0],
        [0, 0, 1],
      ],
    },
    {
      name: "a multiple of an earlier vector is dropped (rounding may leave ~2e-15)",
      args: [
        [
          [1, 2, 3],
          [2, 4, 6],
          [0, 1, 0],
        ],
      ],
    },
    {
      name: "(1, 1, 0) then (2, 2, 0): rounding leaves a remainder of ~6e-16, dropped",
      args: [
        [
          [1, 1, 0],
          [2, 2, 0],
        ],
      ],
      expected: [[s2, s2, 0]],
    },
    {
      name: "a sum of earlier vectors is dropped",
      args: [
        [
          [1, 0, 1],
          [0, 1, 1],
          [1, 1, 2],
          [1, 0, 0],
        ],
      ],
      expected: [
        [s2, 0, s2],
        [-s6, 2 * s6, s6],
        [s3, s3, -s3],
      ],
    },
    {
      name: "rows of 1 2 3 / 4 5 6 / 7 8 9: the third is dependent",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
    },
    {
      name: "a zero vector first is dropped",
      args: [
        [
          [0, 0, 0],
          [0, 3, 4],
        ],
      ],
      expected: [[0, 0.6, 0.8]],
    },
    {
      name: "a zero vector in the middle is dropped",
      args: [
        [
          [1, 0],
          [0, 0],
          [1, 1],
        ],
      ],
      expected: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      name: "only zero vectors: the span is {0}, no basis vector",
      args: [
        [
          [0, 0],
          [0, 0],
        ],
      ],
      expected: [],
    },
    {
      name: "more vectors than dimensions: the extra ones are dependent",
      args: [
        [
          [1, 2],
          [3, -1],
          [4, 4],
          [-2, 5],
        ],
      ],
    },
    {
      name: "the same vector three times",
      args: [
        [
          [2, -1, 2],
          [2, -1, 2],
          [2, -1, 2],
        ],
      ],
      expected: [[2 / 3, -1 / 3, 2 / 3]],
    },
    // The catalog's threshold, norm < 1e-10, is absolute: it assumes vectors of order 1. The required cases keep to
    // such vectors, where it agrees with the scale-aware rule (remainder < 1e-10 times the norm of the vector itself)
    // used by the reference; the robustness cases below ("scale: ...") tell the two rules apart.
    {
      name: "a remainder of norm 5e-11 counts as zero (threshold 1e-10)",
      args: [
        [
          [1, 0],
          [1, 5e-11],
        ],
      ],
      expected: [[1, 0]],
    },
    {
      name: "(1, 3e-11, 4e-11) after (1, 0, 0): a remainder of norm 5e-11 counts as zero",
      args: [
        [
          [1, 0, 0],
          [1, 3e-11, 4e-11],
        ],
      ],
      expected: [[1, 0, 0]],
    },
    {
      name: "(4, 2e-11, 0) after (2, 0, 0) and (0, 0, 5): a remainder of norm 2e-11 counts as zero",
      args: [
        [
          [2, 0, 0],
          [0, 0, 5],
          [4, 2e-11, 0],
        ],
      ],
      expected: [
        [1, 0, 0],
        [0, 0, 1],
      ],
    },
    {
      name: "(1e-11, 1) after (0, 1): a remainder of norm 1e-11 counts as zero",
      args: [
        [
          [0, 1],
          [1e-11, 1],
        ],
      ],
      expected: [[0, 1]],
    },
    {
      name: "(6e-11, 0, 1) after (0, 0, -3): a remainder of norm 6e-11 counts as zero",
      args: [
        [
          [0, 0, -3],
          [6e-11, 0, 1],
        ],
      ],
      expected: [[0, 0, -1]],
    },
    {
      name: "a remainder of norm 1e-9 is kept",
      args: [
        [
          [1, 0],
          [1, 1e-9],
        ],
      ],
      expected: [
        [1, 0],
        [0, 1],
      ],
    },
    { name: "a tiny vector on its own, norm 1e-9, is kept", args: [[[6e-10, 8e-10]]], expected: [[0.6, 0.8]] },
    {
      name: "(0, 3, 4 + 2e-11) after (0, 3, 4): a remainder of ~1.2e-11 counts as zero",
      args: [
        [
          [0, 3, 4],
          [0, 3, 4 + 2e-11],
          [1, 0, 0],
        ],
      ],
    },
    {
      name: "scale: a tiny vector on its own (norm 5e-11) still has a direction, kept",
      args: [
        [
          [3e-11, -4e-11],
          [0, 2],
        ],
      ],
      expected: [
        [0.6, -0.8],
        [0.8, 0.6],
      ],
      tier: "robustness",
    },
    {
      name: "scale: (1e6, 1e-5) after (1e6, 0) is dependent to 11 digits, dropped",
      args: [
        [
          [1e6, 0],
          [1e6, 1e-5],
        ],
      ],
      expected: [[1, 0]],
      tier: "robustness",
    },
    {
      name: "scale: the textbook vectors times 1e-12 give the textbook basis",
      args: [
        [
          [1e-12, 1e-12, 0],
          [1e-12, 0, 1e-12],
          [0, 1e-12, 1e-12],
        ],
      ],
      expected: [
        [s2, s2, 0],
        [s6, -s6, 2 * s6],
        [-s3, s3, s3],
      ],
      tier: "robustness",
    },
    {
      name: "scale: (1, 2, 3) e12 then (2, 4, 6 + 1e-14) e12 is dependent to 14 digits, dropped",
      args: [
        [
          [1e12, 2e12, 3e12],
          [2e12, 4e12, 6e12 + 0.01],
        ],
      ],
      expected: [[1 / Math.sqrt(14), 2 / Math.sqrt(14), 3 / Math.sqrt(14)]],
      tier: "robustness",
    },
    {
      name: "large magnitudes",
      args: [
        [
          [3e8, 4e8, 0],
          [1e9, 0, 1e9],
        ],
      ],
    },
    { name: "nearly parallel vectors: Läuchli e = 1e-3 (classical and modified both fine)", args: [lauchli(1e-3)], expected: lauchliBasis(1e-3) },
    { name: "nearly parallel vectors: Läuchli e = 1e-2", args: [lauchli(1e-2)], expected: lauchliBasis(1e-2) },
    {
      name: "3 vectors in R^8",
      args: [
        [
          [1, -2, 0, 3, 1, 0, -1, 2],
          [0, 1, 1, -1, 2, 3, 0, 1],
          [2, 0, -1, 1, 0, 1, 1, -3],
        ],
      ],
    },
    { name: "no vectors: empty basis", args: [[]], expected: [] },
    {
      name: "vectors of different lengths must throw",
      args: [
        [
          [1, 2],
          [1, 2, 3],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "a shorter vector last must throw",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
          [1, 1],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
  ],
  random: {
    seed: 20261204,
    count: 20,
    args: (fc) =>
      fc
        .record({
          k: fc.integer({ min: 1, max: 6 }),
          d: fc.integer({ min: 1, max: 6 }),
          values: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 36, maxLength: 36 }),
        })
        .map(({ k, d, values }) => [Array.from({ length: k }, (_, i) => values.slice(i * 6, i * 6 + d).map((v) => v / 10))]),
  },
});
