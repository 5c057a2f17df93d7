import { defineTests } from "@/lib/exercises/test-kit";

const uniform = (n: number) => Array.from({ length: n }, () => 1 / n);
const entropyOf = (p: number[]) => -p.reduce((acc, x) => (x > 0 ? acc + x * Math.log(x) : acc), 0);
const peaked = [0.1, 0.2, 0.7];

// Expected values: closed forms (ln 2, (1/2) ln(4/3), ln n - H(p)) or 40-digit evaluations (mpmath).
export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "Bernoulli(1/2) from Bernoulli(1/4): (1/2) ln(4/3)",
      args: [
        [0.5, 0.5],
        [0.25, 0.75],
      ],
      expected: 0.5 * Math.log(4 / 3),
    },
    {
      name: "the other direction differs: KL is not symmetric",
      args: [
        [0.25, 0.75],
        [0.5, 0.5],
      ],
      expected: 0.13081203594113697,
    },
    { name: "a distribution against itself: 0", args: [peaked, peaked], expected: 0 },
    {
      name: "a point mass against a fair coin: ln 2",
      args: [
        [1, 0],
        [0.5, 0.5],
      ],
      expected: Math.LN2,
    },
    { name: "against the uniform distribution: ln n - H(p)", args: [peaked, uniform(3)], expected: Math.log(3) - entropyOf(peaked) },
    {
      name: "mirror-image Bernoullis",
      args: [
        [0.9, 0.1],
        [0.1, 0.9],
      ],
      expected: 1.7577796618689756,
    },
    {
      name: "p = 0 where q > 0 contributes 0",
      args: [
        [0.5, 0.5, 0],
        [0.25, 0.25, 0.5],
      ],
      expected: Math.LN2,
    },
    {
      name: "p = 0 and q = 0 together contribute 0",
      args: [
        [0.5, 0.5, 0],
        [0.5, 0.5, 0],
      ],
      expected: 0,
    },
    {
      name: "q = 0 where p > 0: Infinity",
      args: [
        [0.5, 0.5],
        [1, 0],
      ],
      expected: Infinity,
    },
    {
      name: "q = 0 under a small p is still Infinity",
      args: [
        [0.999, 0.001, 0],
        [0.5, 0, 0.5],
      ],
      expected: Infinity,
    },
    {
      name: "a point mass on an outcome q calls impossible",
      args: [
        [0, 0, 1],
        [0.3, 0.7, 0],
      ],
      expected: Infinity,
    },
    {
      name: "q = 0 under a large p and p = 0 over the rest",
      args: [
        [0, 1],
        [1, 0],
      ],
      expected: Infinity,
    },
    {
      name: "a tiny q of 1e-310: ln(p / q) would overflow",
      tier: "robustness",
      args: [
        [0.5, 0.5],
        [1 - 1e-310, 1e-310],
      ],
      expected: 356.20754223351713,
    },
    {
      name: "a tiny p of 1e-300",
      args: [
        [1e-300, 1 - 1e-300],
        [0.5, 0.5],
      ],
      expected: Math.LN2,
    },
    { name: "a 1000-outcome distribution against the uniform one", args: [Array.from({ length: 1000 }, (_, i) => (i + 1) / 500500), uniform(1000)] },
    { name: "a single outcome: 0", args: [[1], [1]], expected: 0 },
    {
      name: "q longer than p must throw",
      tier: "required",
      args: [
        [0.5, 0.5],
        [0.25, 0.25, 0.5],
      ],
      throws: true,
    },
    {
      name: "p longer than q must throw",
      tier: "required",
      args: [
        [0.25, 0.25, 0.5],
        [0.5, 0.5],
      ],
      throws: true,
    },
    { name: "empty distributions must throw", tier: "robustness", args: [[], []], throws: true },
    {
      name: "p not summing to 1 must throw",
      tier: "robustness",
      args: [
        [0.5, 0.4],
        [0.5, 0.5],
      ],
      throws: true,
    },
    {
      name: "q not summing to 1 must throw",
      tier: "robustness",
      args: [
        [0.5, 0.5],
        [0.6, 0.6],
      ],
      throws: true,
    },
    {
      name: "a negative entry in p must throw",
      tier: "robustness",
      args: [
        [1.5, -0.5],
        [0.5, 0.5],
      ],
      throws: true,
    },
    {
      name: "a negative entry in q must throw",
      tier: "robustness",
      args: [
        [0.5, 0.5],
        [1.2, -0.2],
      ],
      throws: true,
    },
    {
      name: "NaN in q must throw",
      tier: "robustness",
      args: [
        [0.5, 0.5],
        [NaN, 1],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261203,
    count: 25,
    // Same-length integer weights normalised to distributions; zeros are frequent in p, rarer in q.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          pw: fc.array(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 100 }), weight: 4 }), {
            minLength: 8,
            maxLength: 8,
          }),
          qw: fc.array(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 100 }), weight: 12 }), {
            minLength: 8,
            maxLength: 8,
          }),
        })
        .map(({ n, pw, qw }) => [normalise(pw.slice(0, n)), normalise(qw.slice(0, n))]),
  },
});

function normalise(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return total === 0 ? weights.map(() => 1 / weights.length) : weights.map((w) => w / total);
}
