import { defineTests } from "@/lib/exercises/test-kit";

// Closed forms: cos(pi / 3) = 1/2, cos(2 pi / 3) = -1/2, cos(pi / 4) = sqrt(2) / 2, cos(pi / 2) = 0, cos(pi) = -1.
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "step 0 is lrMax", args: [0, 1000, 0.5, 0.01], expected: 0.5 },
    { name: "step = totalSteps is lrMin", args: [1000, 1000, 0.5, 0.01], expected: 0.01 },
    { name: "halfway is the midpoint", args: [500, 1000, 0.5, 0.01], expected: 0.255 },
    { name: "one third of the way: 3/4 of the range above lrMin", args: [30, 90, 0.9, 0.1], expected: 0.1 + 0.8 * 0.75 },
    { name: "two thirds of the way: 1/4 of the range above lrMin", args: [60, 90, 0.9, 0.1], expected: 0.1 + 0.8 * 0.25 },
    { name: "a quarter of the way: (2 + sqrt 2) / 4 of the range", args: [10, 40, 0.2, 0.02], expected: 0.02 + (0.18 * (2 + Math.SQRT2)) / 4 },
    { name: "three quarters of the way: (2 - sqrt 2) / 4 of the range", args: [30, 40, 0.2, 0.02], expected: 0.02 + (0.18 * (2 - Math.SQRT2)) / 4 },
    { name: "totalSteps = 1, step 0", args: [0, 1, 0.3, 0.05], expected: 0.3 },
    { name: "totalSteps = 1, step 1", args: [1, 1, 0.3, 0.05], expected: 0.05 },
    { name: "totalSteps = 2, the middle step", args: [1, 2, 0.3, 0.05], expected: 0.175 },
    { name: "lrMin = 0, one step before the end", args: [99, 100, 0.1, 0] },
    { name: "one step into a long schedule barely moves", args: [1, 100000, 0.001, 1e-5] },
    { name: "lrMin = lrMax gives a constant rate", args: [37, 80, 0.004, 0.004], expected: 0.004 },
    { name: "lrMin above lrMax: the same formula rises", args: [25, 100, 0.01, 0.1] },
    { name: "a fractional step (per-batch schedule)", args: [2.5, 10, 0.1, 0.001], expected: 0.001 + (0.099 * (2 + Math.SQRT2)) / 4 },
    { name: "a negative step must throw", tier: "robustness", args: [-1, 100, 0.1, 0.001], throws: true },
    { name: "step = totalSteps + 1 must throw", tier: "robustness", args: [101, 100, 0.1, 0.001], throws: true },
    { name: "a step far past the end must throw", tier: "robustness", args: [150, 100, 0.1, 0.001], throws: true },
    { name: "totalSteps = 0 must throw", tier: "robustness", args: [0, 0, 0.1, 0.001], throws: true },
    { name: "negative totalSteps must throw", tier: "robustness", args: [0, -10, 0.1, 0.001], throws: true },
    { name: "NaN step must throw", tier: "robustness", args: [Number.NaN, 100, 0.1, 0.001], throws: true },
  ],
  random: {
    seed: 20261203,
    count: 20,
    // totalSteps first, then step as a fraction of it (ends included); lrMin is a fraction of lrMax.
    args: (fc) =>
      fc
        .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 0, max: 50 }))
        .map(([totalSteps, fraction, lrMax, lrMinPercent]) => [
          Math.round((fraction / 1000) * totalSteps),
          totalSteps,
          lrMax / 10000,
          ((lrMinPercent / 100) * lrMax) / 10000,
        ]),
  },
});
