import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "symmetric: a ± b for [[a, b], [b, a]]",
      args: [
        [
          [2, 1],
          [1, 2],
        ],
      ],
      expected: [3, 1],
    },
    {
      name: "not symmetric, integer eigenvalues",
      args: [
        [
          [4, 1],
          [2, 3],
        ],
      ],
      expected: [5, 2],
    },
    {
      name: "(5 ± sqrt(33)) / 2",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: [5.372281323269014, -0.3722813232690143],
    },
    {
      name: "diagonal, the larger entry last",
      args: [
        [
          [-3, 0],
          [0, 7],
        ],
      ],
      expected: [7, -3],
    },
    {
      name: "upper triangular: the diagonal entries",
      args: [
        [
          [2, 5],
          [0, -1],
        ],
      ],
      expected: [2, -1],
    },
    {
      name: "lower triangular: the diagonal entries",
      args: [
        [
          [-4, 0],
          [9, 6],
        ],
      ],
      expected: [6, -4],
    },
    {
      name: "both negative",
      args: [
        [
          [-5, 2],
          [2, -2],
        ],
      ],
      expected: [-1, -6],
    },
    {
      name: "trace 0: ± sqrt(-det)",
      args: [
        [
          [0, 4],
          [1, 0],
        ],
      ],
      expected: [2, -2],
    },
    {
      name: "singular: one eigenvalue is exactly 0",
      args: [
        [
          [1, 2],
          [2, 4],
        ],
      ],
      expected: [5, 0],
    },
    {
      name: "a multiple of the identity: a double eigenvalue",
      args: [
        [
          [3, 0],
          [0, 3],
        ],
      ],
      expected: [3, 3],
    },
    {
      name: "defective (a Jordan block): a double eigenvalue",
      args: [
        [
          [1, 1],
          [0, 1],
        ],
      ],
      expected: [1, 1],
    },
    {
      name: "nilpotent: trace and determinant 0",
      args: [
        [
          [0, 1],
          [0, 0],
        ],
      ],
      expected: [0, 0],
    },
    {
      name: "zero matrix",
      args: [
        [
          [0, 0],
          [0, 0],
        ],
      ],
      expected: [0, 0],
    },
    {
      name: "tiny eigenvalue next to a huge one (triangular)",
      args: [
        [
          [1e12, 5],
          [0, 1e-3],
        ],
      ],
      expected: [1e12, 1e-3],
    },
    {
      name: "tiny eigenvalue next to a huge one (symmetric)",
      args: [
        [
          [1e12, 1],
          [1, 1e-3],
        ],
      ],
      expected: [1e12, 0.000999999999],
    },
    {
      name: "tiny eigenvalue next to a huge negative one",
      args: [
        [
          [-1e12, 2],
          [3, 1e-3],
        ],
      ],
      expected: [0.001000000006, -1e12],
    },
    {
      name: "moderate ratio, not symmetric",
      args: [
        [
          [2.5e7, -1.25e7],
          [3, 7.5e-6],
        ],
      ],
      expected: [24999998.49999991, 1.5000075900004608],
    },
    {
      name: "nearly equal eigenvalues of a diagonal matrix",
      args: [
        [
          [681.099, 0],
          [0, 681.099003],
        ],
      ],
      expected: [681.099003, 681.099],
    },
    {
      name: "nearly equal eigenvalues of a symmetric matrix",
      args: [
        [
          [936.711, 3e-7],
          [3e-7, 936.711001],
        ],
      ],
      expected: [936.7110010830952, 936.7109999169048],
    },
    {
      name: "huge entries (1e150)",
      args: [
        [
          [1e150, 2e150],
          [3e150, 4e150],
        ],
      ],
      expected: [5.372281323269014e150, -3.722813232690144e149],
    },
    {
      name: "tiny entries (1e-150)",
      args: [
        [
          [1e-150, 2e-150],
          [3e-150, 4e-150],
        ],
      ],
      expected: [5.372281323269015e-150, -3.722813232690144e-151],
    },
    {
      name: "small entries (1e-9)",
      args: [
        [
          [3e-9, 1e-9],
          [2e-9, -4e-9],
        ],
      ],
      expected: [3.274917217635375e-9, -4.274917217635375e-9],
    },
    {
      name: "a rotation has complex eigenvalues: must throw",
      args: [
        [
          [0, -1],
          [1, 0],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "complex eigenvalues 1 ± i sqrt(6): must throw",
      args: [
        [
          [1, -2],
          [3, 1],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "barely complex, 1 ± 1e-20 i: must throw",
      args: [
        [
          [1, 1e-20],
          [-1e-20, 1],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "3 x 3 must throw",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "1 x 2 must throw", args: [[[1, 2]]], throws: true, tier: "robustness" },
    { name: "ragged rows must throw", args: [[[1, 2], [3]]], throws: true, tier: "robustness" },
    { name: "no rows must throw", args: [[]], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261201,
    count: 25,
    // b and c get the same sign, so b c >= 0 and the eigenvalues are real; |det| is kept away
    // from 0 relative to the entries, so the smaller eigenvalue is well determined.
    args: (fc) =>
      fc
        .record({
          entries: fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: 4, maxLength: 4 }),
          negative: fc.boolean(),
          exponent: fc.integer({ min: -120, max: 120 }),
        })
        .filter(({ entries: [a, b, c, d] }) => {
          const largest = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d));
          return Math.abs(a * d - Math.abs(b * c)) > 1e-3 * largest * largest;
        })
        .map(({ entries: [a, b, c, d], negative, exponent }) => {
          const s = 10 ** exponent / 100;
          const sign = negative ? -1 : 1;
          return [
            [
              [a * s, sign * Math.abs(b) * s],
              [sign * Math.abs(c) * s, d * s],
            ],
          ];
        }),
  },
});
