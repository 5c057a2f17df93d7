import { defineTests } from "@/lib/exercises/test-kit";

const wave = Array.from({ length: 300 }, (_, i) => Math.sin(0.1 * i));
const shifted = Array.from({ length: 300 }, (_, i) => Math.sin(0.1 * i + 0.5));

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "(1, 2, 3) and (4, 5, 6): 32 / sqrt(14 * 77)",
      args: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      expected: 32 / Math.sqrt(14 * 77),
    },
    {
      name: "45 degrees: 1 / sqrt 2",
      args: [
        [1, 0],
        [1, 1],
      ],
      expected: Math.SQRT1_2,
    },
    {
      name: "60 degrees: 1 / 2",
      args: [
        [1, 0],
        [0.5, Math.sqrt(3) / 2],
      ],
      expected: 0.5,
    },
    {
      name: "(3, 4) and (4, 3): 24 / 25",
      args: [
        [3, 4],
        [4, 3],
      ],
      expected: 0.96,
    },
    {
      name: "a diagonal and an axis in 4-D: 1 / 2",
      args: [
        [1, 1, 1, 1],
        [0, 0, 0, 7],
      ],
      expected: 0.5,
    },
    {
      name: "parallel vectors of different lengths: 1",
      args: [
        [1, -2, 3],
        [2.5, -5, 7.5],
      ],
      expected: 1,
    },
    {
      name: "opposite vectors: -1",
      args: [
        [1, -2, 3],
        [-3, 6, -9],
      ],
      expected: -1,
    },
    {
      name: "orthogonal vectors: 0",
      args: [
        [1, 2],
        [-2, 1],
      ],
      expected: 0,
    },
    {
      name: "orthogonal in 4-D",
      args: [
        [1, 1, 0, 0],
        [0, 0, -3, 2],
      ],
      expected: 0,
    },
    {
      name: "obtuse angle (negative similarity)",
      args: [
        [1, 0],
        [-1, 1],
      ],
      expected: -Math.SQRT1_2,
    },
    {
      name: "the order of the arguments does not matter",
      args: [
        [4, 5, 6],
        [1, 2, 3],
      ],
      expected: 32 / Math.sqrt(14 * 77),
    },
    { name: "single components with opposite signs", args: [[2], [-0.5]], expected: -1 },
    {
      name: "a vector with itself",
      args: [
        [0.3, -1.7, 2.2, 0.01],
        [0.3, -1.7, 2.2, 0.01],
      ],
      expected: 1,
    },
    {
      name: "huge entries: the dot product overflows",
      args: [
        [1e200, 2e200],
        [3e200, 4e200],
      ],
      expected: 11 / (Math.sqrt(5) * 5),
      tier: "robustness",
    },
    {
      name: "tiny entries: the squared lengths underflow to 0",
      args: [
        [1e-200, 0],
        [1e-200, 1e-200],
      ],
      expected: Math.SQRT1_2,
      tier: "robustness",
    },
    {
      name: "one huge and one tiny vector",
      args: [
        [1e200, 0, 0],
        [2e-200, 2e-200, 0],
      ],
      expected: Math.SQRT1_2,
      tier: "robustness",
    },
    {
      name: "both vectors scaled by 1e200 in 3-D",
      args: [
        [3e200, -1e200, 2e200],
        [1e200, 4e200, -2e200],
      ],
      expected: -5 / Math.sqrt(14 * 21),
      tier: "robustness",
    },
    {
      name: "one vector scaled by 1e-200, the other by 1e200",
      args: [
        [2e-200, 2e-200, 1e-200],
        [1e200, -1e200, 2e200],
      ],
      expected: 2 / (3 * Math.sqrt(6)),
      tier: "robustness",
    },
    {
      name: "mixed magnitudes inside one vector",
      args: [
        [1e8, 1, 1e-8],
        [1, 1e8, 0],
      ],
    },
    { name: "300-dimensional signals", args: [wave, shifted] },
    {
      name: "a zero first vector must throw",
      args: [
        [0, 0, 0],
        [1, 2, 3],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "a zero second vector must throw",
      args: [
        [1, 2, 3],
        [0, 0, 0],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "two zero vectors must throw",
      args: [
        [0, 0],
        [0, 0],
      ],
      throws: true,
      tier: "required",
    },
    { name: "empty vectors (no direction) must throw", args: [[], []], throws: true, tier: "required" },
    {
      name: "b longer than a must throw",
      args: [
        [1, 2],
        [1, 2, 3],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "a longer than b must throw",
      args: [
        [1, 2, 3],
        [1, 2],
      ],
      throws: true,
      tier: "required",
    },
  ],
  random: {
    seed: 20261206,
    count: 25,
    // Same-length vectors j / 100, never zero. (Entries scaled by 1e200 or 1e-200 are robustness cases above.)
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          a: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 8, maxLength: 8 }),
          b: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 8, maxLength: 8 }),
        })
        .map(({ n, a, b }) => [nonZero(a.slice(0, n)).map((x) => x / 100), nonZero(b.slice(0, n)).map((x) => x / 100)]),
  },
});

function nonZero(v: number[]): number[] {
  return v.every((x) => x === 0) ? [100, ...v.slice(1)] : v;
}
