import { defineTests } from "@/lib/exercises/test-kit";

// Student's sleep data (Cushny and Peebles, 1905; R's `sleep`): extra hours of sleep of the same
// 10 patients under two drugs. R's t.test(..., paired = TRUE) prints t = -4.0621, df = 9,
// p-value = 0.002833; full precision from scipy.stats.ttest_rel.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "Student's sleep data (paired, df = 9)", args: [drug1, drug2], expected: { t: -4.062127683382037, df: 9, p: 0.002832890197384273 } },
    { name: "sleep data, samples swapped: t changes sign", args: [drug2, drug1], expected: { t: 4.062127683382037, df: 9, p: 0.002832890197384273 } },
    // By hand: d = (2, 1, 3, 2), mean 2, s_d^2 = 2/3, t = 2 sqrt 6; df = 3 closed form
    // p = 1 - (2/pi) (u + sin u cos u) with tan u = |t| / sqrt 3 = 2 sqrt 2.
    {
      name: "by hand: d = (2, 1, 3, 2)",
      args: [
        [3, 5, 8, 6],
        [1, 4, 5, 4],
      ],
      expected: { t: 2 * Math.sqrt(6), df: 3, p: 1 - (2 / Math.PI) * (Math.atan(2 * Math.SQRT2) + (2 * Math.SQRT2) / 9) },
    },
    // Two pairs: df = 1 (Cauchy), p = 1 - (2/pi) atan|t|.
    {
      name: "two pairs (df = 1)",
      args: [
        [5, 9],
        [2, 4],
      ],
      expected: { t: 4, df: 1, p: 1 - (2 / Math.PI) * Math.atan(4) },
    },
    {
      name: "differences centred on 0: t = 0, p = 1",
      args: [
        [1, 2, 3],
        [2, 2, 2],
      ],
      expected: { t: 0, df: 2, p: 1 },
    },
    // Pairing matters: the pairs differ by 0.1 to 0.4, the samples spread over 10 to 40.
    // d = (0.1, 0.3, 0.2, 0.4): t = sqrt 15, df = 3 closed form with tan u = sqrt 5.
    {
      name: "small consistent differences between widely spread pairs",
      args: [
        [10.1, 20.3, 30.2, 40.4],
        [10, 20, 30, 40],
      ],
      expected: { t: Math.sqrt(15), df: 3, p: 1 - (2 / Math.PI) * (Math.atan(Math.sqrt(5)) + Math.sqrt(5) / 6) },
    },
    {
      name: "accuracies of two models over the same six seeds",
      args: [
        [0.91, 0.88, 0.93, 0.85, 0.9, 0.87],
        [0.89, 0.88, 0.9, 0.84, 0.86, 0.85],
      ],
      expected: { t: 3.464101615137755, df: 5, p: 0.01796288460994396 },
    },
    {
      name: "blood pressure before and after",
      args: [
        [120, 135, 118, 142, 130, 125, 138, 129],
        [115, 128, 120, 130, 124, 121, 131, 126],
      ],
      expected: { t: 3.7206248571112703, df: 7, p: 0.007449953308512359 },
    },
    {
      name: "small magnitudes",
      args: [
        [2.3e-4, 1.9e-4, 2.8e-4],
        [2.1e-4, 1.6e-4, 2.7e-4],
      ],
      expected: { t: 3.464101615137748, df: 2, p: 0.07417990022744879 },
    },
    // Exact differences (2, 1, 3, 3): mean 9/4, s_d^2 = 11/12, t = (9/4) / sqrt(11/48).
    {
      name: "large offset: the differences are small",
      args: [
        [1e9 + 3, 1e9 + 5, 1e9 + 4, 1e9 + 9],
        [1e9 + 1, 1e9 + 4, 1e9 + 1, 1e9 + 6],
      ],
      expected: { t: 9 / 4 / Math.sqrt(11 / 48), df: 3, p: 0.01821985474322239 },
    },
    {
      name: "many pairs, clear effect",
      args: [
        Array.from({ length: 40 }, (_, i) => 50 + 10 * Math.sin(i) + 0.5 + 0.3 * Math.cos(3 * i)),
        Array.from({ length: 40 }, (_, i) => 50 + 10 * Math.sin(i)),
      ],
    },
    {
      name: "different lengths must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [1, 2],
      ],
      throws: true,
    },
    { name: "a single pair must throw", tier: "robustness", args: [[1], [2]], throws: true },
    { name: "no pairs must throw", tier: "required", args: [[], []], throws: true },
    {
      name: "all differences equal must throw (s_d = 0)",
      tier: "robustness",
      args: [
        [1, 2, 3],
        [0, 1, 2],
      ],
      throws: true,
    },
    {
      name: "identical samples must throw (0 / 0)",
      tier: "robustness",
      args: [
        [4, 7, 1],
        [4, 7, 1],
      ],
      throws: true,
    },
    {
      name: "differences [0.1, 0.1, 0.1] must throw (their computed sum of squares is 6e-34, not 0)",
      tier: "robustness",
      args: [
        [0.1, 0.1, 0.1],
        [0, 0, 0],
      ],
      throws: true,
    },
    {
      name: "seven differences of 0.7 must throw",
      tier: "robustness",
      args: [
        [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7],
        [0, 0, 0, 0, 0, 0, 0],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261204,
    count: 25,
    args: (fc) =>
      fc
        .integer({ min: 2, max: 10 })
        .chain((n) =>
          fc.record({
            base: fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: n, maxLength: n }),
            delta: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: n, maxLength: n }),
            shift: fc.integer({ min: -300, max: 300 }),
          }),
        )
        // Integer deltas that are not all equal: the differences have a spread well above rounding.
        .filter(({ delta }) => delta.some((v) => v !== delta[0]))
        .map(({ base, delta, shift }) => [base.map((v) => v / 100), base.map((v, i) => (v + delta[i] + shift) / 100)]),
  },
});
