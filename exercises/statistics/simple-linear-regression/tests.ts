import { defineTests } from "@/lib/exercises/test-kit";
import { ax, ax4, ay1, ay2, ay3, ay4, longX } from "../test-data";

// x = (0, 1, 2, 3, 4), y = (2, 4, 5, 4, 5): sxx = 10, sxy = 6, syy = 6, mean x = 2, mean y = 4.
const small = { slope: 0.6, intercept: 2.8, r2: 0.6 };
const longY = longX.map((v, i) => Math.round((3 - 0.4 * v + Math.cos(i * 2.3) * 20) * 10) / 10);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "Anscombe I", args: [ax, ay1], expected: { slope: 0.5000909090909091, intercept: 3.0000909090909103, r2: 0.666542459508775 } },
    { name: "Anscombe II (a parabola)", args: [ax, ay2], expected: { slope: 0.5000000000000001, intercept: 3.000909090909089, r2: 0.6662420337274847 } },
    { name: "Anscombe III (one outlier)", args: [ax, ay3], expected: { slope: 0.4997272727272729, intercept: 3.002454545454544, r2: 0.6663240410665595 } },
    {
      name: "Anscombe IV (x constant but for one point)",
      args: [ax4, ay4],
      expected: { slope: 0.4999090909090909, intercept: 3.0017272727272726, r2: 0.6667072568984652 },
    },
    {
      name: "five points",
      args: [
        [0, 1, 2, 3, 4],
        [2, 4, 5, 4, 5],
      ],
      expected: small,
    },
    {
      name: "points on a decreasing line: R^2 = 1",
      args: [
        [-1, 0, 2, 5],
        [5, 3, -1, -7],
      ],
      expected: { slope: -2, intercept: 3, r2: 1 },
    },
    {
      name: "two points: the line through them",
      args: [
        [1, 3],
        [2, -4],
      ],
      expected: { slope: -3, intercept: 5, r2: 1 },
    },
    {
      name: "y = x^2 on symmetric x: a flat line, R^2 = 0",
      args: [
        [-2, -1, 0, 1, 2],
        [4, 1, 0, 1, 4],
      ],
      expected: { slope: 0, intercept: 2, r2: 0 },
    },
    {
      name: "unsorted x",
      args: [
        [4, 0, 3, 1, 2],
        [5, 2, 4, 4, 5],
      ],
      expected: small,
    },
    {
      name: "years as x: the intercept is the value at year 0",
      args: [
        [2000, 2001, 2002, 2003, 2004],
        [10.5, 11.25, 11.5, 12.75, 13],
      ],
      expected: { slope: 0.65, intercept: -1289.5, r2: 0.9548022598870056 },
    },
    {
      name: "x near 1e6",
      args: [
        [1e6, 1e6 + 1, 1e6 + 2, 1e6 + 3, 1e6 + 4],
        [2, 4, 5, 4, 5],
      ],
      expected: { slope: 0.6, intercept: 2.8 - 0.6e6, r2: 0.6 },
    },
    {
      name: "x and y near 1e9",
      args: [
        [1e9, 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4],
        [1e9 + 2, 1e9 + 4, 1e9 + 5, 1e9 + 4, 1e9 + 5],
      ],
      expected: { slope: 0.6, intercept: 0.4e9 + 2.8, r2: 0.6 },
    },
    {
      name: "timestamps in seconds, one minute apart",
      args: [
        [1.7e9, 1.7e9 + 60, 1.7e9 + 120, 1.7e9 + 180, 1.7e9 + 240],
        [2, 4, 5, 4, 5],
      ],
      expected: { slope: 0.01, intercept: 2.8 - 0.01 * 1.7e9, r2: 0.6 },
    },
    {
      name: "tiny x, huge y",
      tier: "robustness",
      args: [
        [0, 1e-50, 2e-50, 3e-50, 4e-50],
        [2e50, 4e50, 5e50, 4e50, 5e50],
      ],
      expected: { slope: 0.6e100, intercept: 2.8e50, r2: 0.6 },
    },
    {
      name: "constant y: the flat line fits exactly, R^2 = 1",
      tier: "robustness",
      args: [
        [1, 2, 3, 4],
        [4, 4, 4, 4],
      ],
      expected: { slope: 0, intercept: 4, r2: 1 },
    },
    {
      name: "constant y = 0.1 (its computed spread is 1e-17, not 0)",
      tier: "robustness",
      args: [
        [1, 2, 3],
        [0.1, 0.1, 0.1],
      ],
      expected: { slope: 0, intercept: 0.1, r2: 1 },
    },
    { name: "1000 points", args: [longX, longY] },
    {
      name: "different lengths must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [1, 2],
      ],
      throws: true,
    },
    {
      name: "y longer than x must throw",
      tier: "required",
      args: [
        [1, 2],
        [1, 2, 3],
      ],
      throws: true,
    },
    { name: "no points must throw", tier: "required", args: [[], []], throws: true },
    { name: "a single point must throw", tier: "robustness", args: [[1], [2]], throws: true },
    {
      name: "constant x (a vertical line) must throw",
      tier: "robustness",
      args: [
        [2, 2, 2],
        [1, 2, 3],
      ],
      throws: true,
    },
    {
      name: "constant x = 0.1 must throw (its computed sxx is 6e-34, not 0)",
      tier: "robustness",
      args: [
        [0.1, 0.1, 0.1],
        [1, 2, 3],
      ],
      throws: true,
    },
    {
      name: "constant x near 1e9 must throw",
      tier: "robustness",
      args: [
        [1e9 + 0.1, 1e9 + 0.1, 1e9 + 0.1, 1e9 + 0.1, 1e9 + 0.1],
        [1, 2, 3, 4, 5],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261306,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 2, max: 12 }),
          xs: fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 10),
            { minLength: 12, maxLength: 12 },
          ),
          noise: fc.array(
            fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
            { minLength: 12, maxLength: 12 },
          ),
          intercept: fc.integer({ min: -200, max: 200 }).map((v) => v / 10),
          slope: fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
        })
        .map(({ n, xs, noise, intercept, slope }): [number[], number[]] => {
          const x = xs.slice(0, n);
          return [x, x.map((v, i) => Math.round((intercept + slope * v + noise[i]) * 1000) / 1000)];
        })
        // Constant x or y (degenerate: robustness cases) never appear among the random cases.
        .filter(([x, y]) => x.some((v) => v !== x[0]) && y.some((v) => v !== y[0])),
  },
});
