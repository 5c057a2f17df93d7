import { defineTests } from "@/lib/exercises/test-kit";
import { ax, ax4, ay1, ay2, ay3, ay4, longX } from "../test-data";

const small = 3.5 / Math.sqrt(23.75); // x = (1, 2, 3, 4), y = (2, 4, 5, 4)
const longY = longX.map((v, i) => Math.round(v * 0.6 * 10 + Math.cos(i * 2.3) * 500) / 10);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "Anscombe I", args: [ax, ay1], expected: 0.8164205163448395 },
    { name: "Anscombe II (a parabola)", args: [ax, ay2], expected: 0.8162365060002426 },
    { name: "Anscombe III (one outlier)", args: [ax, ay3], expected: 0.816286739489598 },
    { name: "Anscombe IV (x constant but for one point)", args: [ax4, ay4], expected: 0.8165214368885028 },
    {
      name: "perfect positive line",
      args: [
        [1, 2, 3, 4, 5],
        [3, 5, 7, 9, 11],
      ],
      expected: 1,
    },
    {
      name: "perfect negative line",
      args: [
        [1, 2, 3, 4, 5],
        [0.5, 0, -0.5, -1, -1.5],
      ],
      expected: -1,
    },
    {
      name: "two pairs are always +/-1",
      args: [
        [1, 2],
        [5, 3],
      ],
      expected: -1,
    },
    {
      name: "y = x^2 on symmetric x: dependent but uncorrelated",
      args: [
        [-2, -1, 0, 1, 2],
        [4, 1, 0, 1, 4],
      ],
      expected: 0,
    },
    {
      name: "four pairs",
      args: [
        [1, 2, 3, 4],
        [2, 4, 5, 4],
      ],
      expected: small,
    },
    {
      name: "a permutation",
      args: [
        [1, 2, 3, 4, 5],
        [5, 3, 4, 1, 2],
      ],
      expected: -0.8,
    },
    {
      name: "binary variables (phi coefficient)",
      args: [
        [0, 0, 1, 1, 1],
        [1, 0, 1, 1, 0],
      ],
      expected: 1 / 6,
    },
    {
      name: "large offset in x and y",
      args: [
        [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4],
        [1e9 + 2, 1e9 + 4, 1e9 + 5, 1e9 + 4],
      ],
      expected: small,
    },
    {
      name: "timestamps against values",
      args: [
        [1.7e12, 1.7e12 + 1000, 1.7e12 + 2000, 1.7e12 + 3000],
        [2, 4, 5, 4],
      ],
      expected: small,
    },
    {
      name: "x near 1e8 with decimals",
      args: [
        [1e8 + 0.5, 1e8 - 0.25, 1e8 + 0.125, 1e8, 1e8 + 0.375],
        [1, 2, 3, 5, 8],
      ],
    },
    {
      name: "x and y near 1e7 (sensor counts)",
      args: [
        [1e7 + 3, 1e7 + 1, 1e7 + 4, 1e7 + 1, 1e7 + 5],
        [2e7 + 9, 2e7 + 2, 2e7 + 6, 2e7 + 5, 2e7 + 3],
      ],
    },
    {
      name: "milliseconds since 1970 against temperatures",
      args: [
        [1.7e12 + 250, 1.7e12 + 1500, 1.7e12 + 2750, 1.7e12 + 4000, 1.7e12 + 5250, 1.7e12 + 6500],
        [11.5, 12.25, 12, 13.5, 14, 13.75],
      ],
    },
    {
      name: "different scales: y times 1e-8",
      args: [
        [1, 2, 3, 4],
        [2e-8, 4e-8, 5e-8, 4e-8],
      ],
      expected: small,
    },
    {
      name: "huge magnitudes",
      tier: "robustness",
      args: [
        [1e50, 2e50, 3e50, 4e50],
        [2e50, 4e50, 5e50, 4e50],
      ],
      expected: small,
    },
    {
      name: "tiny magnitudes",
      tier: "robustness",
      args: [
        [1e-50, 2e-50, 3e-50, 4e-50],
        [-2e-50, -4e-50, -5e-50, -4e-50],
      ],
      expected: -small,
    },
    { name: "1000 pairs", args: [longX, longY] },
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
    { name: "empty samples must throw", tier: "required", args: [[], []], throws: true },
    { name: "a single pair must throw", tier: "robustness", args: [[1], [2]], throws: true },
    {
      name: "constant x must throw",
      tier: "robustness",
      args: [
        [3, 3, 3, 3],
        [1, 2, 3, 4],
      ],
      throws: true,
    },
    {
      name: "constant y must throw",
      tier: "robustness",
      args: [
        [1, 2, 3, 4],
        [-2, -2, -2, -2],
      ],
      throws: true,
    },
    {
      name: "x = [0.1, 0.1, 0.1] must throw (its computed sum of squares is 6e-34, not 0)",
      tier: "robustness",
      args: [
        [0.1, 0.1, 0.1],
        [1, 2, 3],
      ],
      throws: true,
    },
    {
      name: "y = seven copies of 0.7 must throw",
      tier: "robustness",
      args: [
        [1, 2, 3, 4, 5, 6, 7],
        [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261304,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 2, max: 15 }),
          values: fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 10),
            { minLength: 30, maxLength: 30 },
          ),
        })
        .map(({ n, values }): [number[], number[]] => [values.slice(0, n), values.slice(15, 15 + n)])
        .filter(([x, y]) => x.some((v) => v !== x[0]) && y.some((v) => v !== y[0])),
  },
});
