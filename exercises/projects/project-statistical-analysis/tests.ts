import { penguinRecords } from "@/lib/exercises/datasets";
import { defineTests } from "@/lib/exercises/test-kit";
import { ofSpecies } from "../test-data";

// All 344 penguins as recorded: 2 birds have no measurements, 11 have no sex.
const birds = penguinRecords();
const MEASUREMENTS = ["beakLengthMm", "beakDepthMm", "flipperLengthMm", "bodyMassG"];
// The same birds with measurements blanked at different places (every 5th beak depth, every 7th
// flipper length): listwise and pairwise deletion now keep different rows.
const gappy = birds.map((bird, i) => ({
  ...bird,
  beakDepthMm: i % 5 === 1 ? null : bird.beakDepthMm,
  flipperLengthMm: i % 7 === 2 ? null : bird.flipperLengthMm,
}));
const rowsOf = (group: string, values: (number | null)[]) => values.map((v) => ({ group, v }));
const BEAK = ["beakLengthMm", "beakDepthMm"];

export default defineTests<typeof import("./reference")>({
  fixed: [
    // summarize
    { name: "summarize: penguins' body mass by species (344 birds, 2 unmeasured)", function: "summarize", args: [birds, "species", "bodyMassG"] },
    { name: "summarize: flipper length by island", function: "summarize", args: [birds, "island", "flipperLengthMm"] },
    { name: "summarize: body mass by sex (birds of unknown sex are skipped)", function: "summarize", args: [birds, "sex", "bodyMassG"] },
    {
      name: "summarize: a group of one value has std NaN",
      function: "summarize",
      args: [[...rowsOf("a", [2, 4, 9]), ...rowsOf("b", [7])], "group", "v"],
      expected: { a: { n: 3, mean: 5, std: Math.sqrt(13), min: 2, median: 4, max: 9 }, b: { n: 1, mean: 7, std: NaN, min: 7, median: 7, max: 7 } },
      tier: "robustness",
    },
    {
      name: "summarize: an even group's median averages the two middle values",
      function: "summarize",
      args: [rowsOf("a", [10, 1, 4, 3]), "group", "v"],
      expected: { a: { n: 4, mean: 4.5, std: Math.sqrt(15), min: 1, median: 3.5, max: 10 } },
    },
    { name: "summarize: values sort numerically (10 before 9 as text)", function: "summarize", args: [rowsOf("a", [10, 9, 100, -2, 25, 3]), "group", "v"] },
    {
      name: "summarize: numeric group labels become strings",
      function: "summarize",
      args: [
        [
          { year: 2007, v: 1 },
          { year: 2008, v: 2 },
          { year: 2007, v: 5 },
        ],
        "year",
        "v",
      ],
    },
    {
      name: "summarize: rows whose group is missing are skipped",
      function: "summarize",
      args: [
        [
          { g: "a", v: 1 },
          { g: null, v: 100 },
          { g: "a", v: 3 },
        ],
        "g",
        "v",
      ],
      expected: { a: { n: 2, mean: 2, std: Math.SQRT2, min: 1, median: 2, max: 3 } },
    },
    {
      name: "summarize: values near 1e9 keep their spread",
      function: "summarize",
      args: [rowsOf("a", [1e9 + 1, 1e9 + 2, 1e9 + 4, 1e9 + 5]), "group", "v"],
      tier: "robustness",
    },
    { name: "summarize: empty rows give {} (no group)", function: "summarize", args: [[], "g", "v"], expected: {} },
    { name: "summarize: only missing values give {} (no group)", function: "summarize", args: [rowsOf("a", [null, null]), "group", "v"], expected: {} },
    {
      name: "summarize: a text value throws",
      function: "summarize",
      args: [
        [
          { g: "a", v: 1 },
          { g: "a", v: "4.2" },
        ],
        "g",
        "v",
      ],
      throws: true,
      tier: "robustness",
    },
    // compareGroups
    {
      name: "compareGroups: body mass, Adelie against Chinstrap (p = 0.588)",
      function: "compareGroups",
      args: [birds, "species", "bodyMassG", "Adelie", "Chinstrap"],
    },
    {
      name: "compareGroups: flipper length, Adelie against Gentoo (p ~ 1e-99)",
      function: "compareGroups",
      args: [birds, "species", "flipperLengthMm", "Adelie", "Gentoo"],
    },
    { name: "compareGroups: body mass, male against female", function: "compareGroups", args: [birds, "sex", "bodyMassG", "male", "female"] },
    {
      name: "compareGroups: beak depth, Adelie against Gentoo (t > 0: A's mean is larger)",
      function: "compareGroups",
      args: [birds, "species", "beakDepthMm", "Adelie", "Gentoo"],
    },
    {
      name: "compareGroups: equal means give t = 0 and p = 1",
      function: "compareGroups",
      args: [[...rowsOf("a", [1, 2, 3]), ...rowsOf("b", [0, 2, 4])], "group", "v", "a", "b"],
      expected: { meanA: 2, meanB: 2, t: 0, df: (5 / 3) ** 2 / ((1 / 3) ** 2 / 2 + (4 / 3) ** 2 / 2), p: 1 },
    },
    {
      name: "compareGroups: one group without spread (df = the other's n - 1)",
      function: "compareGroups",
      args: [[...rowsOf("a", [5, 5, 5]), ...rowsOf("b", [1, 2, 3, 6])], "group", "v", "a", "b"],
      tier: "robustness",
    },
    {
      name: "compareGroups: groups of very different sizes and spreads",
      function: "compareGroups",
      args: [[...rowsOf("a", [10, 12, 9, 11]), ...rowsOf("b", [3, 40, -20, 15, 7, 22, -5, 30, 1, 18])], "group", "v", "a", "b"],
    },
    {
      name: "compareGroups: a group of 0.1s against a spread group (compare the values: its variance computes as 1e-33, not 0)",
      function: "compareGroups",
      args: [[...rowsOf("a", [0.1, 0.1, 0.1]), ...rowsOf("b", [1, 2, 4])], "group", "v", "a", "b"],
      tier: "robustness",
    },
    {
      name: "compareGroups: two groups of 0.1s and 0.7s throw (compare the values: their variances are not exactly 0)",
      function: "compareGroups",
      args: [[...rowsOf("a", [0.1, 0.1, 0.1]), ...rowsOf("b", [0.7, 0.7, 0.7])], "group", "v", "a", "b"],
      throws: true,
      tier: "robustness",
    },
    {
      name: "compareGroups: the same group twice throws",
      function: "compareGroups",
      args: [birds, "species", "bodyMassG", "Adelie", "Adelie"],
      throws: true,
      tier: "robustness",
    },
    {
      name: "compareGroups: a group that is not in the data throws",
      function: "compareGroups",
      args: [birds, "species", "bodyMassG", "Adelie", "Emperor"],
      throws: true,
      tier: "required",
    },
    {
      name: "compareGroups: a group of one value throws",
      function: "compareGroups",
      args: [[...rowsOf("a", [1, 2]), ...rowsOf("b", [4, null])], "group", "v", "a", "b"],
      throws: true,
      tier: "robustness",
    },
    {
      name: "compareGroups: two constant groups throw",
      function: "compareGroups",
      args: [[...rowsOf("a", [1, 1]), ...rowsOf("b", [2, 2, 2])], "group", "v", "a", "b"],
      throws: true,
      tier: "robustness",
    },
    // correlate
    { name: "Simpson's paradox, pooled: beak length and depth correlate negatively over all birds (r = -0.235)", function: "correlate", args: [birds, BEAK] },
    {
      name: "Simpson's paradox, within Adelie: beak length and depth correlate positively (r = +0.39)",
      function: "correlate",
      args: [ofSpecies(birds, "Adelie"), BEAK],
    },
    { name: "Simpson's paradox, within Chinstrap: positive (r = +0.65)", function: "correlate", args: [ofSpecies(birds, "Chinstrap"), BEAK] },
    {
      name: "Simpson's paradox, within Gentoo: the four measurements (beak length and depth r = +0.64)",
      function: "correlate",
      args: [ofSpecies(birds, "Gentoo"), MEASUREMENTS],
    },
    { name: "correlate: the four measurements of 342 penguins", function: "correlate", args: [birds, MEASUREMENTS] },
    { name: "correlate: missing values in different rows (listwise deletion)", function: "correlate", args: [gappy, MEASUREMENTS] },
    { name: "correlate: one column gives [[1]]", function: "correlate", args: [birds, ["bodyMassG"]], expected: [[1]] },
    { name: "correlate: the order of keys is the order of the matrix", function: "correlate", args: [birds, ["bodyMassG", "beakDepthMm"]] },
    {
      name: "correlate: two rows give +1 or -1",
      function: "correlate",
      args: [
        [
          { x: 1, y: 5, z: 2 },
          { x: 3, y: 1, z: 7 },
        ],
        ["x", "y", "z"],
      ],
      expected: [
        [1, -1, 1],
        [-1, 1, -1],
        [1, -1, 1],
      ],
    },
    {
      name: "correlate: values near 1e9",
      function: "correlate",
      args: [
        [
          { x: 1e9 + 1, y: 2 },
          { x: 1e9 + 2, y: 1 },
          { x: 1e9 + 4, y: 5 },
          { x: 1e9 + 8, y: 4 },
        ],
        ["x", "y"],
      ],
      tier: "robustness",
    },
    { name: "correlate: no keys give the 0 x 0 matrix []", function: "correlate", args: [birds, []], expected: [] },
    {
      name: "correlate: no complete row throws",
      function: "correlate",
      args: [
        [
          { x: 1, y: null },
          { x: null, y: 3 },
        ],
        ["x", "y"],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "correlate: one complete row throws",
      function: "correlate",
      args: [
        [
          { x: 1, y: 2 },
          { x: null, y: 3 },
          { x: 4, y: null },
        ],
        ["x", "y"],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "correlate: a column constant over the complete rows throws",
      function: "correlate",
      args: [
        [
          { x: 1, y: 2 },
          { x: 2, y: 2 },
          { x: 3, y: null },
          { x: 4, y: 2 },
        ],
        ["x", "y"],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "correlate: a text column throws", function: "correlate", args: [birds, ["bodyMassG", "species"]], throws: true, tier: "robustness" },
  ],
  random: [
    {
      function: "summarize",
      seed: 20270401,
      count: 12,
      // Up to 30 rows in groups a, b, c with integer tenths; about one value in eight missing.
      args: (fc) =>
        fc
          .array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 30 })
          .map((cells) => [cells.map(([group, value, gap], i) => ({ group, v: gap === 0 && i > 0 ? null : value / 10 })), "group", "v"]),
    },
    {
      function: "compareGroups",
      seed: 20270402,
      count: 12,
      // Two groups of 2-25 values; group a's first value is offset so a never lacks spread.
      args: (fc) =>
        fc
          .tuple(
            fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 2, maxLength: 25 }),
            fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 2, maxLength: 25 }),
          )
          .map(([a, b]) => [
            [...a.map((v, i) => ({ g: "a", v: v / 10 + (i === 0 ? 0.05 : 0) })), ...b.map((v) => ({ g: "b", v: v / 10 }))],
            "g",
            "v",
            "a",
            "b",
          ]),
    },
    {
      function: "correlate",
      seed: 20270403,
      count: 12,
      // 3-20 rows of 2-4 columns; row 0 is offset in every column so none is constant.
      args: (fc) =>
        fc
          .tuple(
            fc.integer({ min: 2, max: 4 }),
            fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 20 }),
          )
          .map(([d, cells]) => {
            const keys = ["a", "b", "c", "d"].slice(0, d);
            const rows = cells.map((row, i) => Object.fromEntries(keys.map((key, j) => [key, row[j] / 10 + (i === 0 ? 0.05 * (j + 1) : 0)])));
            return [rows, keys];
          }),
    },
  ],
});
