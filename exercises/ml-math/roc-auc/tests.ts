import { defineTests } from "@/lib/exercises/test-kit";

// 600 samples: positives score higher on average, with heavy ties (scores rounded to 0.05).
const big = Array.from({ length: 600 }, (_, i) => {
  const label = (i * 37) % 5 < 2 ? 1 : 0;
  const noise = (Math.sin(i * 12.9898) * 43758.5453) % 1;
  return [label, Math.round((0.5 + 0.25 * label + 0.4 * noise) * 20) / 20];
});

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "perfect ranking",
      args: [
        [0, 1, 0, 1, 1],
        [0.1, 0.9, 0.3, 0.8, 0.45],
      ],
      expected: 1,
    },
    {
      name: "perfectly inverted ranking",
      args: [
        [1, 0, 1, 0],
        [0.1, 0.9, 0.2, 0.8],
      ],
      expected: 0,
    },
    {
      name: "every score equal gives one half",
      args: [
        [1, 0, 1, 0, 0],
        [0.5, 0.5, 0.5, 0.5, 0.5],
      ],
      expected: 0.5,
    },
    {
      name: "one positive, one negative, tied",
      args: [
        [1, 0],
        [3, 3],
      ],
      expected: 0.5,
    },
    // pos 0.3 vs neg (0.3, 0.7, 0.1): 0.5 + 0 + 1; pos 0.7: 1 + 0.5 + 1; pos 0.1: 0 + 0 + 0.5.
    {
      name: "ties in every score group, positives and negatives interleaved",
      args: [
        [1, 0, 0, 1, 1, 0],
        [0.3, 0.3, 0.7, 0.7, 0.1, 0.1],
      ],
      expected: 4.5 / 9,
    },
    // pos 2 vs neg (2, 2, 1): 0.5 + 0.5 + 1, twice; pos 3: 3.
    {
      name: "negatives listed before tied positives",
      args: [
        [0, 0, 1, 1, 0, 1],
        [2, 2, 2, 2, 1, 3],
      ],
      expected: 7 / 9,
    },
    {
      name: "positives listed before tied negatives",
      args: [
        [1, 1, 0, 0, 0, 1],
        [2, 2, 2, 2, 1, 3],
      ],
      expected: 7 / 9,
    },
    // A rating scale (grouped ties): positives rated (1, 2, 2, 3), negatives (1, 1, 2).
    // pos 1: 0.5 + 0.5 + 0; pos 2: 1 + 1 + 0.5, twice; pos 3: 3. Total 9 of 12 pairs.
    {
      name: "three rating levels, many ties",
      args: [
        [1, 1, 1, 1, 0, 0, 0],
        [1, 2, 2, 3, 1, 1, 2],
      ],
      expected: 0.75,
    },
    // neg 0.5 against pos 0.9 (1), 0.2 (0), 0.5 (tie, 0.5).
    {
      name: "a single negative among positives",
      args: [
        [1, 1, 0, 1],
        [0.9, 0.2, 0.5, 0.5],
      ],
      expected: 0.5,
    },
    // pos +inf beats both negatives; pos -inf ties with neg -inf and loses to 0.
    {
      name: "infinite scores compare like any other",
      tier: "robustness",
      args: [
        [1, 0, 1, 0],
        [Infinity, -Infinity, -Infinity, 0],
      ],
      expected: 0.625,
    },
    // pos 1 + 2e-15 beats both; pos 1 loses to 1 + 1e-15 and ties with 1.
    {
      name: "scores that differ only in the 15th digit are not ties",
      args: [
        [1, 0, 0, 1],
        [1 + 2e-15, 1 + 1e-15, 1, 1],
      ],
      expected: 0.625,
    },
    {
      name: "huge and tiny scores",
      tier: "robustness",
      args: [
        [0, 1, 1, 0, 1],
        [1e-300, 1e300, -1e-300, -1e300, 5e-324],
      ],
    },
    {
      name: "negative scores (logits)",
      args: [
        [1, 0, 1, 0, 1, 0],
        [-0.2, -1.5, -3, -0.1, 2.5, -3],
      ],
    },
    { name: "600 samples with heavy ties", args: [big.map(([y]) => y), big.map(([, s]) => s)] },
    {
      name: "only positives must throw",
      tier: "robustness",
      args: [
        [1, 1, 1],
        [0.2, 0.5, 0.9],
      ],
      throws: true,
    },
    {
      name: "only negatives must throw",
      tier: "robustness",
      args: [
        [0, 0],
        [0.2, 0.5],
      ],
      throws: true,
    },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
    {
      name: "arrays of different lengths must throw",
      tier: "required",
      args: [
        [0, 1, 1],
        [0.2, 0.5],
      ],
      throws: true,
    },
    {
      name: "a label 2 must throw",
      tier: "robustness",
      args: [
        [0, 1, 2],
        [0.2, 0.5, 0.7],
      ],
      throws: true,
    },
    {
      name: "a NaN score must throw",
      tier: "robustness",
      args: [
        [0, 1, 1],
        [0.2, Number.NaN, 0.7],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261209,
    count: 20,
    // Scores on a coarse grid so that ties are common; labels forced to contain both classes.
    args: (fc) =>
      fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 10 })), { minLength: 2, maxLength: 30 }).map((samples) => {
        const yTrue = samples.map(([y]) => y);
        if (!yTrue.includes(0)) yTrue[0] = 0;
        if (!yTrue.includes(1)) yTrue[yTrue.length - 1] = 1;
        // Positives lean higher so the AUC is not always near 0.5.
        const scores = samples.map(([, s], i) => (s + (yTrue[i] === 1 ? 3 : 0)) / 10);
        return [yTrue, scores];
      }),
  },
});
