import { defineTests } from "@/lib/exercises/test-kit";

const px = [0.2, 0.5, 0.3];
const py = [0.1, 0.6, 0.3];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "2 x 2 probability table",
      args: [
        [
          [0.3, 0.2],
          [0.1, 0.4],
        ],
      ],
      expected: [
        [0.6, 0.4],
        [0.2, 0.8],
      ],
    },
    {
      name: "counts instead of probabilities",
      args: [
        [
          [10, 30],
          [25, 25],
          [0, 5],
        ],
      ],
      expected: [
        [0.25, 0.75],
        [0.5, 0.5],
        [0, 1],
      ],
    },
    {
      name: "independent X and Y: every row is the marginal of Y",
      args: [px.map((a) => py.map((b) => a * b))],
      expected: [py, py, py],
    },
    {
      name: "rows that already sum to 1 are unchanged",
      args: [
        [
          [0.25, 0.75],
          [1, 0],
          [0.5, 0.5],
        ],
      ],
      expected: [
        [0.25, 0.75],
        [1, 0],
        [0.5, 0.5],
      ],
    },
    { name: "a single row", args: [[[1, 2, 3, 4]]], expected: [[0.1, 0.2, 0.3, 0.4]] },
    { name: "a single column: Y is certain", args: [[[0.2], [0.5], [0.3]]], expected: [[1], [1], [1]] },
    {
      name: "a column of zeros: that value of Y never happens",
      args: [
        [
          [0.1, 0, 0.3],
          [0.2, 0, 0.4],
        ],
      ],
      expected: [
        [0.25, 0, 0.75],
        [1 / 3, 0, 2 / 3],
      ],
    },
    {
      name: "deterministic relation: one non-zero entry per row",
      args: [
        [
          [0, 0.2, 0],
          [0.5, 0, 0],
          [0, 0, 0.3],
        ],
      ],
      expected: [
        [0, 1, 0],
        [1, 0, 0],
        [0, 0, 1],
      ],
    },
    {
      name: "2 x 5 table (more columns than rows)",
      args: [
        [
          [0.05, 0.1, 0.05, 0.2, 0.1],
          [0.1, 0.1, 0.1, 0.1, 0.1],
        ],
      ],
      expected: [
        [0.1, 0.2, 0.1, 0.4, 0.2],
        [0.2, 0.2, 0.2, 0.2, 0.2],
      ],
    },
    {
      name: "5 x 2 table (more rows than columns)",
      args: [
        [
          [1, 3],
          [2, 2],
          [9, 1],
          [0.5, 0.5],
          [7, 0],
        ],
      ],
      expected: [
        [0.25, 0.75],
        [0.5, 0.5],
        [0.9, 0.1],
        [0.5, 0.5],
        [1, 0],
      ],
    },
    {
      name: "rows with very different totals",
      args: [
        [
          [1e-6, 3e-6],
          [4e6, 1e6],
        ],
      ],
      expected: [
        [0.25, 0.75],
        [0.8, 0.2],
      ],
    },
    {
      name: "tiny entries",
      args: [
        [
          [1e-300, 3e-300],
          [2e-300, 2e-300],
        ],
      ],
      expected: [
        [0.25, 0.75],
        [0.5, 0.5],
      ],
    },
    {
      name: "large counts (1e200)",
      args: [
        [
          [1e200, 3e200],
          [7e150, 0],
        ],
      ],
      expected: [
        [0.25, 0.75],
        [1, 0],
      ],
    },
    {
      name: "counts whose row sum overflows (1e308 + 1e308)",
      tier: "robustness",
      args: [
        [
          [1e308, 1e308],
          [1e308, 3e307],
        ],
      ],
      expected: [
        [0.5, 0.5],
        [1 / 1.3, 0.3 / 1.3],
      ],
    },
    {
      name: "a 4 x 4 table of dice-like counts",
      args: [
        [
          [3, 1, 4, 1],
          [5, 9, 2, 6],
          [5, 3, 5, 8],
          [9, 7, 9, 3],
        ],
      ],
    },
    {
      name: "a row of zeros must throw",
      tier: "required",
      args: [
        [
          [0.2, 0.3],
          [0, 0],
          [0.1, 0.4],
        ],
      ],
      throws: true,
    },
    { name: "a table of zeros must throw", tier: "required", args: [[[0, 0, 0]]], throws: true },
    { name: "an empty table gives an empty table", args: [[]], expected: [] },
    { name: "an empty row must throw (it sums to 0)", tier: "required", args: [[[]]], throws: true },
    {
      name: "rows of different lengths must throw",
      tier: "robustness",
      args: [
        [
          [0.1, 0.2],
          [0.3, 0.2, 0.2],
        ],
      ],
      throws: true,
    },
    {
      name: "a negative entry must throw",
      tier: "robustness",
      args: [
        [
          [0.5, -0.1],
          [0.3, 0.3],
        ],
      ],
      throws: true,
    },
    {
      name: "a NaN entry must throw",
      tier: "robustness",
      args: [
        [
          [0.5, Number.NaN],
          [0.3, 0.3],
        ],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261206,
    count: 25,
    args: (fc) =>
      fc
        .record({
          rows: fc.integer({ min: 1, max: 5 }),
          columns: fc.integer({ min: 1, max: 5 }),
          counts: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 25, maxLength: 25 }),
          asProbabilities: fc.boolean(),
        })
        .map(({ rows, columns, counts, asProbabilities }) => {
          const table = Array.from({ length: rows }, (_, i) => {
            const row = counts.slice(i * 5, i * 5 + columns);
            if (!row.some((value) => value !== 0)) row[i % columns] = 1;
            return row;
          });
          const total = table.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
          return [asProbabilities ? table.map((row) => row.map((value) => value / total)) : table];
        }),
  },
});
