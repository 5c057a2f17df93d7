import { defineTests } from "@/lib/exercises/test-kit";

const uniform = (n: number) => Array.from({ length: n }, () => 1 / n);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a fair coin carries 1 bit", args: [[0.5, 0.5], 2], expected: 1 },
    { name: "a fair coin in nats (default base e) is ln 2", args: [[0.5, 0.5]], expected: Math.LN2 },
    { name: "base e given explicitly", args: [[0.5, 0.5], Math.E], expected: Math.LN2 },
    { name: "1/2, 1/4, 1/4 is 1.5 bits", args: [[0.5, 0.25, 0.25], 2], expected: 1.5 },
    { name: "uniform over 8 outcomes is 3 bits", args: [uniform(8), 2], expected: 3 },
    { name: "uniform over 10 outcomes is 1 decimal digit", args: [uniform(10), 10], expected: 1 },
    { name: "a fair die: ln 6 nats", args: [uniform(6)], expected: Math.log(6) },
    { name: "uniform over 1000 outcomes: ln 1000 nats", args: [uniform(1000)], expected: Math.log(1000) },
    { name: "binary entropy h(0.1) in bits", args: [[0.1, 0.9], 2], expected: 0.4689955935892812 },
    { name: "a certain outcome has entropy 0", args: [[1]], expected: 0 },
    { name: "certain outcome among impossible ones: 0 log 0 = 0", args: [[0, 1, 0]], expected: 0 },
    { name: "zeros do not change the entropy", args: [[0.5, 0, 0.5, 0], 2], expected: 1 },
    { name: "a zero in the nats default", args: [[0.7, 0.3, 0]], expected: 0.6108643020548935 },
    { name: "base 10", args: [[0.2, 0.3, 0.5], 10], expected: 0.44717262228329563 },
    { name: "a fractional base", args: [[0.2, 0.3, 0.5], 3.5], expected: 0.821905691625958 },
    { name: "a skewed distribution", args: [[0.9, 0.05, 0.05]], expected: 0.39439769144744274 },
    { name: "tiny probabilities", args: [[1 - 2e-6, 1e-6, 1e-6]], expected: 2.9631019115873704e-5 },
    { name: "a sum that is 1 only up to rounding is accepted", args: [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], 10], expected: 1 },
    { name: "thirds", args: [[1 / 3, 1 / 3, 1 / 3]], expected: Math.log(3) },
    { name: "an empty distribution must throw", tier: "robustness", args: [[]], throws: true },
    { name: "probabilities summing to 0.9 must throw", tier: "robustness", args: [[0.5, 0.4]], throws: true },
    { name: "probabilities summing to 1.2 must throw", tier: "robustness", args: [[0.6, 0.6]], throws: true },
    { name: "a sum off by 1e-4 must throw", tier: "robustness", args: [[0.5, 0.5001]], throws: true },
    { name: "a negative probability must throw, even when the sum is 1", tier: "robustness", args: [[1.5, -0.5]], throws: true },
    { name: "a NaN probability must throw", tier: "robustness", args: [[NaN, 1]], throws: true },
    { name: "base 1 must throw (log 1 = 0)", tier: "robustness", args: [[0.5, 0.5], 1], throws: true },
    { name: "base 0.5 must throw", tier: "robustness", args: [[0.5, 0.5], 0.5], throws: true },
    { name: "base 0 must throw", tier: "robustness", args: [[0.5, 0.5], 0], throws: true },
    { name: "a negative base must throw", tier: "robustness", args: [[0.5, 0.5], -2], throws: true },
  ],
  random: {
    seed: 20261202,
    count: 25,
    // Integer weights (zeros frequent) normalised to a distribution; the base is omitted (e) or 2, 10, 3.5.
    args: (fc) =>
      fc
        .tuple(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 10 }), fc.constantFrom(0, 2, 10, 3.5))
        .map(([weights, base]) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const p = total === 0 ? weights.map(() => 1 / weights.length) : weights.map((w) => w / total);
          return base === 0 ? [p] : [p, base];
        }),
  },
});
