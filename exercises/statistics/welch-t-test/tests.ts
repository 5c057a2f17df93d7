import { defineTests } from "@/lib/exercises/test-kit";

// Three worked examples of the Wikipedia article "Welch's t-test" (printed there as t = -2.46,
// df = 25.0, p = 0.021; t = -1.57, df = 9.9, p = 0.149; t = -2.22, df = 24.5, p = 0.036).
// Full-precision values: scipy.stats.ttest_ind(a, b, equal_var=False).
const A1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
const A2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
const B1 = [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8];
const B2 = [21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5, 22.5, 23.5, 21.5, 21.8];
const C1 = [19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0];
const C2 = [28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4, 24.0, 13.2];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "Wikipedia example 1: equal sizes, df = 24.99",
      args: [A1, A2],
      expected: { t: -2.455356398286006, df: 24.988529290231416, p: 0.021378001462866992 },
    },
    {
      name: "Wikipedia example 2: unequal sizes and variances, df = 9.90",
      args: [B1, B2],
      expected: { t: -1.5654335235985037, df: 9.904741248650831, p: 0.14884169660532817 },
    },
    { name: "Wikipedia example 3: df = 24.50", args: [C1, C2], expected: { t: -2.2192409158236233, df: 24.496223124201244, p: 0.03597227102979692 } },
    {
      name: "swapping the samples flips the sign of t only",
      args: [B2, B1],
      expected: { t: 1.5654335235985037, df: 9.904741248650831, p: 0.14884169660532817 },
    },
    // By hand: va/na = 1/3, vb/nb = 5/3, t = -3 / sqrt 2, df = 4 / (1/18 + 25/27) = 216 / 53.
    {
      name: "by hand: df = 216 / 53 (not an integer)",
      args: [
        [1, 2, 3],
        [2, 4, 6, 8],
      ],
      expected: { t: -3 / Math.SQRT2, df: 216 / 53, p: 0.09991286431180087 },
    },
    // Equal sizes and variances: df = 2 (n - 1) = 4, and p has the df = 4 closed form.
    {
      name: "equal sizes and variances: df = 2 (n - 1)",
      args: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      expected: { t: -3 / Math.sqrt(2 / 3), df: 4, p: 1 - Math.sqrt(3.375 / 4.375) * (1 + 0.5 / 4.375) },
    },
    // One sample without spread: df collapses to the other sample's n - 1 = 3 (closed-form p, df = 3).
    {
      name: "one sample has zero variance: df = n_a - 1",
      tier: "robustness",
      args: [
        [1, 2, 3, 4],
        [5, 5, 5],
      ],
      expected: { t: -Math.sqrt(15), df: 3, p: 1 - (2 / Math.PI) * (Math.atan(Math.sqrt(5)) + Math.sqrt(5) / 6) },
    },
    {
      name: "identical samples: t = 0, p = 1",
      args: [
        [5, 7],
        [5, 7],
      ],
      expected: { t: 0, df: 2, p: 1 },
    },
    {
      name: "accuracies of two models over seeds",
      args: [
        [0.81, 0.83, 0.8, 0.84, 0.82],
        [0.79, 0.8, 0.78, 0.81, 0.77, 0.79],
      ],
      expected: { t: 3.2863353450310027, df: 8.196721311475423, p: 0.010716376535120864 },
    },
    {
      name: "two tight values against a wide sample",
      args: [
        [3.1, 2.9],
        [10.5, -4.2, 7.7, 0.3, 12.9, -8.8, 5.5],
      ],
      expected: { t: -0.13769718891192984, df: 6.013234450378041, p: 0.8949748652219831 },
    },
    {
      name: "small magnitudes",
      args: [
        [0.001, 0.0012, 0.0009, 0.0011],
        [0.0015, 0.0017, 0.0014],
      ],
      expected: { t: -4.422458539645538, df: 3.959314775160601, p: 0.011756015260926737 },
    },
    // Exact: means 1e9 + 7/3 and 1e9 + 6, va/na = 7/9, vb/nb = 5/3: t = -sqrt(22) / 2, df = 968 / 199.
    {
      name: "large offset, small spread (compute each mean first)",
      args: [
        [1e9 + 1, 1e9 + 2, 1e9 + 4],
        [1e9 + 3, 1e9 + 5, 1e9 + 7, 1e9 + 9],
      ],
      expected: { t: -Math.sqrt(22) / 2, df: 968 / 199, p: 0.06738977893750972 },
    },
    {
      name: "very different variances and sizes",
      args: [
        [100, 140, 60, 180, 20],
        [101, 99, 100, 102, 98, 100, 101, 99, 100, 100, 101, 99],
      ],
    },
    {
      name: "a clear difference: p near 1e-8",
      args: [
        [10.1, 10.3, 9.9, 10.2, 10, 10.1, 9.8, 10.2],
        [12.2, 12.5, 11.9, 12.4, 12.1, 12.3],
      ],
    },
    { name: "a sample with fewer than two values must throw", tier: "robustness", args: [[1], [2, 3, 4]], throws: true },
    { name: "the second sample with fewer than two values must throw", tier: "robustness", args: [[2, 3, 4], [7]], throws: true },
    { name: "an empty sample must throw", tier: "required", args: [[], [1, 2]], throws: true },
    {
      name: "both samples without spread must throw (standard error 0)",
      tier: "robustness",
      args: [
        [3, 3],
        [4, 4, 4],
      ],
      throws: true,
    },
    {
      name: "[0.1, 0.1, 0.1] against seven copies of 0.7 must throw (computed variances are rounding noise, not 0)",
      tier: "robustness",
      args: [
        [0.1, 0.1, 0.1],
        [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7],
      ],
      throws: true,
    },
    {
      name: "five copies of 0.3 against three of 1.1 must throw",
      tier: "robustness",
      args: [
        [0.3, 0.3, 0.3, 0.3, 0.3],
        [1.1, 1.1, 1.1],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261203,
    count: 25,
    args: (fc) =>
      fc
        .record({
          a: fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 2, maxLength: 10 }),
          b: fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 2, maxLength: 10 }),
          scale: fc.constantFrom(1, 0.2, 4),
          shift: fc.integer({ min: -3000, max: 3000 }),
        })
        .filter(({ a, b }) => a.some((v) => v !== a[0]) && b.some((v) => v !== b[0]))
        .map(({ a, b, scale, shift }) => [a.map((v) => v / 100), b.map((v) => (v * scale + shift) / 100)]),
  },
});
