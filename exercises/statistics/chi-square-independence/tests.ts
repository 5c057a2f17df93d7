import { defineTests } from "@/lib/exercises/test-kit";

// The example of Wikipedia's "Chi-squared test" article: occupations (rows: white collar, blue
// collar, no collar) of 650 residents of four neighbourhoods; statistic about 24.6 on 6 df.
const neighbourhoods = [
  [90, 60, 104, 95],
  [30, 50, 51, 20],
  [30, 40, 45, 35],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Exact: expected 12, 18, 28, 42, chi2 = 4 (1/12 + 1/18 + 1/28 + 1/42) = 50/63.
    // With 1 df the p value is erfc(sqrt(chi2 / 2)); value from scipy.stats.chi2_contingency(correction=False).
    {
      name: "2 x 2 by hand: chi2 = 50/63",
      args: [
        [
          [10, 20],
          [30, 40],
        ],
      ],
      expected: { chi2: 50 / 63, df: 1, p: 0.37299848361348686 },
    },
    // 2 df: p = exp(-chi2 / 2) exactly.
    {
      name: "2 x 3: chi2 = 4, p = exp(-2)",
      args: [
        [
          [20, 30, 50],
          [30, 20, 50],
        ],
      ],
      expected: { chi2: 4, df: 2, p: Math.exp(-2) },
    },
    // 4 df: p = exp(-chi2 / 2) (1 + chi2 / 2) exactly.
    {
      name: "3 x 3: chi2 = 2.4, p = exp(-1.2) (1 + 1.2)",
      args: [
        [
          [10, 12, 8],
          [9, 11, 10],
          [11, 7, 12],
        ],
      ],
      expected: { chi2: 2.4, df: 4, p: Math.exp(-1.2) * 2.2 },
    },
    { name: "Wikipedia's neighbourhood example (3 x 4)", args: [neighbourhoods], expected: { chi2: 24.5712028585826, df: 6, p: 0.0004098425861096696 } },
    {
      name: "2 x 2, 60/40 against 45/55",
      args: [
        [
          [60, 40],
          [45, 55],
        ],
      ],
      expected: { chi2: 4.511278195488721, df: 1, p: 0.033672068856345896 },
    },
    {
      name: "2 x 2 with large counts",
      args: [
        [
          [512, 89],
          [313, 19],
        ],
      ],
      expected: { chi2: 17.24801344084552, df: 1, p: 3.280403617116588e-5 },
    },
    {
      name: "rows proportional to each other: independence fits exactly",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
      ],
      expected: { chi2: 0, df: 1, p: 1 },
    },
    {
      name: "zero cells (margins are not zero)",
      args: [
        [
          [0, 5],
          [5, 0],
        ],
      ],
      expected: { chi2: 10, df: 1, p: 0.001565402258002549 },
    },
    {
      name: "the smallest table with zeros",
      args: [
        [
          [1, 0],
          [0, 1],
        ],
      ],
      expected: { chi2: 2, df: 1, p: 0.15729920705028105 },
    },
    {
      name: "3 x 3 with many zeros",
      args: [
        [
          [5, 0, 3],
          [0, 4, 0],
          [2, 0, 6],
        ],
      ],
      expected: { chi2: 22.85714285714286, df: 4, p: 0.00013522459990154386 },
    },
    {
      name: "5 x 4",
      args: [
        [
          [12, 5, 7, 9],
          [3, 14, 6, 8],
          [10, 9, 11, 2],
          [4, 6, 13, 15],
          [7, 8, 5, 10],
        ],
      ],
      expected: { chi2: 27.87661995601878, df: 12, p: 0.005766571949232362 },
    },
    {
      name: "huge counts: chi2 = 1000 / 12.6, p tiny (below atol, so 0 is accepted)",
      args: [
        [
          [1000, 2000],
          [3000, 4000],
        ],
      ],
      expected: { chi2: 1000 / 12.6, df: 1, p: 5.163066699869979e-19 },
    },
    {
      name: "weighted (non-integer) counts",
      args: [
        [
          [1.5, 2.5],
          [3.5, 0.5],
        ],
      ],
      expected: { chi2: 2.1333333333333333, df: 1, p: 0.14412703481601116 },
    },
    {
      name: "2 x 6",
      args: [
        [
          [8, 12, 5, 9, 14, 2],
          [11, 6, 10, 7, 3, 9],
        ],
      ],
    },
    {
      name: "6 x 2 (the transpose has the same answer)",
      args: [
        [
          [8, 11],
          [12, 6],
          [5, 10],
          [9, 7],
          [14, 3],
          [2, 9],
        ],
      ],
    },
    {
      name: "a row of zeros must throw (expected counts 0)",
      tier: "robustness",
      args: [
        [
          [0, 0],
          [3, 4],
        ],
      ],
      throws: true,
    },
    {
      name: "a column of zeros must throw",
      tier: "robustness",
      args: [
        [
          [0, 2, 1],
          [0, 4, 5],
        ],
      ],
      throws: true,
    },
    {
      name: "an all-zero table must throw",
      tier: "robustness",
      args: [
        [
          [0, 0],
          [0, 0],
        ],
      ],
      throws: true,
    },
    { name: "a single row must throw (df = 0)", tier: "robustness", args: [[[1, 2, 3]]], throws: true },
    { name: "a single column must throw (df = 0)", tier: "robustness", args: [[[1], [2], [3]]], throws: true },
    { name: "an empty table must throw", tier: "required", args: [[]], throws: true },
    {
      name: "rows of different lengths must throw",
      tier: "robustness",
      args: [
        [
          [1, 2, 3],
          [4, 5],
        ],
      ],
      throws: true,
    },
    {
      name: "a negative count must throw",
      tier: "robustness",
      args: [
        [
          [5, -1],
          [3, 4],
        ],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261205,
    count: 25,
    // Near-independent tables (cell = row weight x column weight + noise), so that the p values
    // spread over (0, 1) instead of all being tiny.
    args: (fc) =>
      fc
        .record({
          rows: fc.integer({ min: 2, max: 5 }),
          cols: fc.integer({ min: 2, max: 5 }),
          rowWeights: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 5, maxLength: 5 }),
          colWeights: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 5, maxLength: 5 }),
          noise: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 25, maxLength: 25 }),
        })
        .map(({ rows, cols, rowWeights, colWeights, noise }) =>
          Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => Math.max(0, rowWeights[i] * colWeights[j] + noise[i * 5 + j]))),
        )
        .filter((table) => table.every((row) => row.some((v) => v > 0)) && table[0].every((_, j) => table.some((row) => row[j] > 0)))
        .map((table) => [table]),
  },
});
