import { defineTests } from "@/lib/exercises/test-kit";

const long = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 10);
const longOther = Array.from({ length: 1000 }, (_, i) => Math.cos(0.5 * i) * 3);

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "two empty vectors: the empty sum is 0", args: [[], []], expected: 0 },
    { name: "single components", args: [[3.5], [-2]], expected: -7 },
    {
      name: "orthogonal vectors",
      args: [
        [3, -4, 0],
        [4, 3, 7],
      ],
      expected: 0,
    },
    {
      name: "a vector with itself is its squared length",
      args: [
        [3, 4, 12],
        [3, 4, 12],
      ],
      expected: 169,
    },
    {
      name: "opposite directions give a negative result",
      args: [
        [1.5, -2, 0.5],
        [-3, 4, -1],
      ],
      expected: -13,
    },
    {
      name: "zeros in the first position",
      args: [
        [0, 2, 3],
        [5, 1, 1],
      ],
      expected: 5,
    },
    {
      name: "first component matters",
      args: [
        [7, 1],
        [3, 2],
      ],
      expected: 23,
    },
    {
      name: "huge magnitudes",
      args: [
        [1e150, -2e150, 3e150],
        [2e150, 1e150, 1e150],
      ],
    },
    {
      name: "small magnitudes",
      args: [
        [3e-4, 4e-4, 1e-4],
        [5e-3, -2e-3, 1e-3],
      ],
      expected: 8e-7,
    },
    {
      name: "mixed magnitudes",
      args: [
        [1e8, 1e-8, -3],
        [2e-8, 5e7, 0.25],
      ],
    },
    {
      name: "unit basis vectors pick out a component",
      args: [
        [0, 0, 1, 0],
        [9.5, -8, 6.25, 4],
      ],
      expected: 6.25,
    },
    { name: "long vectors", args: [long, longOther] },
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
        [4, 5],
      ],
      throws: true,
      tier: "required",
    },
    { name: "an empty and a non-empty vector must throw", args: [[], [1]], throws: true, tier: "required" },
    { name: "a non-empty and an empty vector must throw", args: [[2, 3], []], throws: true, tier: "required" },
  ],
  random: {
    seed: 20261122,
    count: 25,
    args: (fc) =>
      fc
        .array(fc.tuple(fc.integer({ min: -10000, max: 10000 }), fc.integer({ min: -10000, max: 10000 })), {
          minLength: 1,
          maxLength: 12,
        })
        .map((pairs) => [pairs.map(([x]) => x / 100), pairs.map(([, y]) => y / 100)]),
  },
});
