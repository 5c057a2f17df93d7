import { defineTests } from "@/lib/exercises/test-kit";

const longU = Array.from({ length: 100 }, (_, i) => Math.sin(i));
const longV = Array.from({ length: 100 }, (_, i) => Math.cos(0.3 * i) + 0.5);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "onto the x-axis",
      args: [
        [3, 4],
        [1, 0],
      ],
      expected: [3, 0],
    },
    {
      name: "the length of v does not matter",
      args: [
        [3, 4],
        [2, 0],
      ],
      expected: [3, 0],
    },
    {
      name: "nor does its orientation",
      args: [
        [3, 4],
        [-5, 0],
      ],
      expected: [3, 0],
    },
    {
      name: "onto the diagonal",
      args: [
        [2, 1],
        [1, 1],
      ],
      expected: [1.5, 1.5],
    },
    {
      name: "onto (1, 1, 1): the mean in every coordinate",
      args: [
        [1, 2, 3],
        [1, 1, 1],
      ],
      expected: [2, 2, 2],
    },
    {
      name: "onto a non-unit vector in 3-D",
      args: [
        [1, 2, 3],
        [2, 0, 1],
      ],
      expected: [2, 0, 1],
    },
    {
      name: "a 4-D example",
      args: [
        [1, 2, 3, 4],
        [0, 1, 0, 1],
      ],
      expected: [0, 3, 0, 3],
    },
    {
      name: "u parallel to v is unchanged",
      args: [
        [2, 4],
        [1, 2],
      ],
      expected: [2, 4],
    },
    {
      name: "u opposite to v is unchanged",
      args: [
        [-3, -6],
        [1, 2],
      ],
      expected: [-3, -6],
    },
    {
      name: "u orthogonal to v projects to 0",
      args: [
        [1, 2],
        [-2, 1],
      ],
      expected: [0, 0],
    },
    {
      name: "projecting twice changes nothing",
      args: [
        [1.5, 1.5],
        [1, 1],
      ],
      expected: [1.5, 1.5],
    },
    {
      name: "the zero vector u projects to 0",
      args: [
        [0, 0, 0],
        [1, -2, 3],
      ],
      expected: [0, 0, 0],
    },
    { name: "one dimension: every u is on the line", args: [[7], [-2]], expected: [7] },
    {
      name: "a huge v: v.v overflows",
      args: [
        [3, 4],
        [1e200, 0],
      ],
      expected: [3, 0],
      tier: "robustness",
    },
    {
      name: "a tiny v: v.v underflows to 0",
      args: [
        [3, 4],
        [1e-200, 1e-200],
      ],
      expected: [3.5, 3.5],
      tier: "robustness",
    },
    {
      name: "huge u and huge v",
      args: [
        [1e200, 2e200],
        [3e200, 4e200],
      ],
      expected: [1.32e200, 1.76e200],
      tier: "robustness",
    },
    {
      name: "v scaled by 1e200 in 3-D",
      args: [
        [1, 2, 3],
        [2e200, 0, 1e200],
      ],
      expected: [2, 0, 1],
      tier: "robustness",
    },
    {
      name: "v scaled by 1e-200 in 3-D",
      args: [
        [1, 2, 3],
        [2e-200, 0, 1e-200],
      ],
      expected: [2, 0, 1],
      tier: "robustness",
    },
    { name: "a zero v among the random sizes: [0] must throw", args: [[5], [0]], throws: true, tier: "robustness" },
    { name: "100-dimensional vectors", args: [longU, longV] },
    {
      name: "v = 0 must throw",
      args: [
        [3, 4],
        [0, 0],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "v = 0 in 3-D must throw",
      args: [
        [1, 2, 3],
        [0, 0, 0],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "empty vectors (v spans nothing) must throw", args: [[], []], throws: true, tier: "robustness" },
    {
      name: "v longer than u must throw",
      args: [
        [1, 2],
        [1, 2, 3],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "u longer than v must throw",
      args: [
        [1, 2, 3],
        [1, 2],
      ],
      throws: true,
      tier: "required",
    },
  ],
  random: {
    seed: 20261210,
    count: 25,
    // Same-length u and v (entries j / 100); v is never zero. (v scaled by 1e200 or 1e-200: robustness cases above.)
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          u: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 8, maxLength: 8 }),
          v: fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 8, maxLength: 8 }),
        })
        .map(({ n, u, v }) => {
          const vs = v.slice(0, n);
          if (!vs.some((x) => x !== 0)) vs[0] = 100;
          return [u.slice(0, n).map((x) => x / 100), vs.map((x) => x / 100)];
        }),
  },
});
