import { defineTests } from "@/lib/exercises/test-kit";

const n = 1000;
const manyLabels = Array.from({ length: n }, (_, i) => (Math.sin(i * 12.9898) > 0 ? 1 : 0));
const manyProbs = Array.from({ length: n }, (_, i) => Math.round(((Math.sin(i * 78.233) + 1) / 2) * 1000) / 1000);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "coin-flip predictions cost ln 2",
      args: [
        [1, 0, 0, 1, 1],
        [0.5, 0.5, 0.5, 0.5, 0.5],
      ],
      expected: Math.LN2,
    },
    {
      name: "perfect predictions cost (almost) nothing",
      args: [
        [1, 0, 1, 0],
        [1, 0, 1, 0],
      ],
      expected: 0,
    },
    { name: "p = 0 for a positive sample", args: [[1], [0]], expected: -Math.log(1e-12) },
    // 1 - eps rounds: 1 - (1 - 1e-12) is 9.99978e-13, not 1e-12, so the clipped loss is 27.631043, not
    // -log(1e-12) = 27.631021 (a relative gap of 8e-7, most of rtol). State the value the clip gives.
    { name: "p = 1 for a negative sample: the loss of p = 1 - eps", args: [[0], [1]], expected: -Math.log(1 - (1 - 1e-12)) },
    {
      name: "both confident and wrong",
      args: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      name: "one confident mistake among good predictions",
      args: [
        [1, 1, 0, 0],
        [0.9, 0, 0.1, 0.2],
      ],
    },
    {
      name: "tiny probability (below eps) is clipped",
      args: [
        [1, 0],
        [1e-20, 1e-20],
      ],
    },
    { name: "tiny probability above eps is not clipped", args: [[1], [1e-10]], expected: -Math.log(1e-10) },
    {
      name: "probability just below 1 is clipped",
      args: [
        [0, 1],
        [1 - 1e-14, 1 - 1e-14],
      ],
    },
    {
      name: "all negative samples",
      args: [
        [0, 0, 0],
        [0.3, 0.05, 0.6],
      ],
      expected: -(Math.log(0.7) + Math.log(0.95) + Math.log(0.4)) / 3,
    },
    {
      name: "all positive samples",
      args: [
        [1, 1, 1],
        [0.3, 0.05, 0.6],
      ],
      expected: -(Math.log(0.3) + Math.log(0.05) + Math.log(0.6)) / 3,
    },
    { name: "custom eps clips on both sides", args: [[1, 0, 1], [0.95, 0.97, 0.02], 0.1], expected: -(Math.log(0.9) + Math.log(0.1) + Math.log(0.1)) / 3 },
    { name: "custom eps clips from below", args: [[1, 0], [0.01, 0.02], 0.1], expected: -(Math.log(0.1) + Math.log(0.9)) / 2 },
    { name: "custom eps with exact 0 and 1", args: [[1, 0, 1, 0], [0, 1, 1, 0], 1e-7] },
    { name: "a single sample", args: [[0], [0.25]], expected: -Math.log(0.75) },
    { name: "many samples (mean, not sum)", args: [manyLabels, manyProbs] },
    { name: "different lengths must throw", tier: "required", args: [[1, 0], [0.5]], throws: true },
    { name: "more probabilities than labels must throw", tier: "required", args: [[1], [0.5, 0.5]], throws: true },
    { name: "no samples must throw", tier: "required", args: [[], []], throws: true },
    // Beyond the catalog row (labels 0 or 1): soft labels, as label smoothing produces, weight both terms.
    {
      name: "soft labels (label smoothing) weight both terms",
      tier: "robustness",
      args: [
        [0.9, 0.1, 0.5],
        [0.8, 0.3, 0.5],
      ],
      expected: -(0.9 * Math.log(0.8) + 0.1 * Math.log(0.2) + (0.1 * Math.log(0.3) + 0.9 * Math.log(0.7)) + Math.log(0.5)) / 3,
    },
  ],
  random: {
    seed: 20261125,
    count: 25,
    args: (fc) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 12 })
        .map((samples) => [samples.map(([y]) => y), samples.map(([, p]) => p / 1000)]),
  },
});
