import { defineTests } from "@/lib/exercises/test-kit";

const sixth = 1 / 6;

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "a fair die: mean 3.5, variance 35/12",
      args: [
        [1, 2, 3, 4, 5, 6],
        [sixth, sixth, sixth, sixth, sixth, sixth],
      ],
      expected: { mean: 3.5, variance: 35 / 12 },
    },
    {
      name: "Bernoulli(0.3): mean p, variance p(1 - p)",
      args: [
        [0, 1],
        [0.7, 0.3],
      ],
      expected: { mean: 0.3, variance: 0.21 },
    },
    {
      name: "Binomial(4, 1/2): mean np = 2, variance np(1 - p) = 1",
      args: [
        [0, 1, 2, 3, 4],
        [1 / 16, 4 / 16, 6 / 16, 4 / 16, 1 / 16],
      ],
      expected: { mean: 2, variance: 1 },
    },
    {
      name: "a coin flip between -1 and +1",
      args: [
        [-1, 1],
        [0.5, 0.5],
      ],
      expected: { mean: 0, variance: 1 },
    },
    { name: "a single certain value: variance 0", args: [[42.5], [1]], expected: { mean: 42.5, variance: 0 } },
    {
      name: "ten values with probability 0.1 each (their sum is not exactly 1 in floating point)",
      args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Array(10).fill(0.1)],
      expected: { mean: 5.5, variance: 8.25 },
    },
    {
      name: "a value with probability 0 does not count",
      args: [
        [5, 100, 7],
        [0.5, 0, 0.5],
      ],
      expected: { mean: 6, variance: 1 },
    },
    {
      name: "repeated and unsorted values",
      args: [
        [5, 2, 2],
        [0.4, 0.3, 0.3],
      ],
      expected: { mean: 3.2, variance: 2.16 },
    },
    {
      name: "a skewed distribution with negative values",
      args: [
        [-10, 0, 1],
        [0.05, 0.15, 0.8],
      ],
      expected: { mean: 0.3, variance: 5.71 },
    },
    {
      name: "large offset, small spread",
      args: [
        [1e9 + 1, 1e9 + 2, 1e9 + 3],
        [0.25, 0.5, 0.25],
      ],
      expected: { mean: 1e9 + 2, variance: 0.5 },
    },
    {
      name: "timestamps in milliseconds",
      args: [
        [1.7e12, 1.7e12 + 1000, 1.7e12 + 3000],
        [0.5, 0.25, 0.25],
      ],
      expected: { mean: 1.7e12 + 1000, variance: 1.5e6 },
    },
    {
      name: "large negative offset",
      args: [
        [-5e8 - 0.5, -5e8 + 0.5],
        [0.5, 0.5],
      ],
      expected: { mean: -5e8, variance: 0.25 },
    },
    {
      name: "tiny values",
      args: [
        [1e-12, 3e-12],
        [0.5, 0.5],
      ],
      expected: { mean: 2e-12, variance: 1e-24 },
    },
    {
      name: "huge values",
      args: [
        [-3e150, 3e150],
        [0.5, 0.5],
      ],
      expected: { mean: 0, variance: 9e300 },
    },
    {
      name: "probabilities summing to 1 - 5e-10 are accepted",
      args: [
        [0, 2],
        [0.5, 0.4999999995],
      ],
    },
    {
      name: "probabilities summing to 0.9 must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [0.3, 0.3, 0.3],
      ],
      throws: true,
    },
    {
      name: "probabilities summing to 1 + 2e-9 must throw",
      tier: "required",
      args: [
        [0, 2],
        [0.5, 0.500000002],
      ],
      throws: true,
    },
    {
      name: "weights that are not probabilities must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [1, 2, 1],
      ],
      throws: true,
    },
    {
      name: "a negative probability must throw, even when the sum is 1",
      tier: "robustness",
      args: [
        [0, 1],
        [1.2, -0.2],
      ],
      throws: true,
    },
    {
      name: "more values than probabilities must throw",
      tier: "required",
      args: [
        [1, 2, 3],
        [0.5, 0.5],
      ],
      throws: true,
    },
    { name: "fewer values than probabilities must throw", tier: "required", args: [[1], [0.5, 0.5]], throws: true },
    { name: "an empty distribution must throw", tier: "required", args: [[], []], throws: true },
    {
      name: "a NaN probability must throw",
      tier: "robustness",
      args: [
        [1, 2],
        [Number.NaN, 1],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261207,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 6 }),
          values: fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 10),
            { minLength: 6, maxLength: 6 },
          ),
          weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 }),
          offset: fc.constantFrom(0, 0, 0, 1e6),
        })
        .map(({ n, values, weights, offset }) => {
          const w = weights.slice(0, n);
          if (!w.some((value) => value !== 0)) w[0] = 1;
          const total = w.reduce((a, b) => a + b, 0);
          return [values.slice(0, n).map((value) => value + offset), w.map((value) => value / total)];
        }),
  },
});
