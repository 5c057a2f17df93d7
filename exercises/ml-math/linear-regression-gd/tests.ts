import { defineTests } from "@/lib/exercises/test-kit";

/** 50 samples x 4 features on a deterministic, non-trivial pattern, with a known linear trend. */
const wide = Array.from({ length: 50 }, (_, i) => [Math.sin(i), Math.cos(1.3 * i), ((i % 7) - 3) / 3, Math.sin(0.7 * i + 1) * 0.5]);
const wideY = wide.map((row, i) => 1.5 * row[0] - 2 * row[1] + 0.5 * row[2] + 3 * row[3] - 0.75 + 0.1 * Math.cos(5 * i));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "epochs = 0 keeps the zero initialisation", args: [[[1, -1, 2]], [4], 0.1, 0], expected: { weights: [0, 0, 0], bias: 0, losses: [] } },
    {
      name: "one epoch from zero (closed form: w = lr (2/n) X^T y, b = lr (2/n) sum y)",
      args: [
        [
          [1, 2],
          [3, 4],
          [-1, 0],
        ],
        [3, 1, 2],
        0.05,
        1,
      ],
      expected: { weights: [(0.05 * 2 * 4) / 3, (0.05 * 2 * 10) / 3], bias: (0.05 * 2 * 6) / 3, losses: [14 / 3] },
    },
    {
      name: "no features: only the bias is fitted, it converges to mean(y)",
      args: [[[], [], []], [1, 2, 6], 0.25, 30],
      expected: { weights: [], bias: 3 * (1 - 2 ** -30), losses: Array.from({ length: 30 }, (_, k) => 14 / 3 + 9 / 4 ** k) },
    },
    { name: "noiseless line y = 2x + 1 is recovered", args: [[[0], [1], [2], [3]], [1, 3, 5, 7], 0.1, 200] },
    { name: "a single sample", args: [[[2, -1]], [3], 0.05, 50] },
    {
      name: "an all-zero feature keeps weight 0",
      args: [
        [
          [0, 1],
          [0, 2],
          [0, 3],
          [0, 5],
        ],
        [2, 1, 0, -3],
        0.05,
        60,
      ],
    },
    {
      name: "collinear features (second = 2 x first)",
      args: [
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [-1, -2],
        ],
        [1, 2, 2, 0],
        0.01,
        100,
      ],
    },
    {
      name: "a constant target: the bias does all the work",
      args: [
        [
          [1, 0],
          [0, 1],
          [-1, 0],
          [0, -1],
        ],
        [5, 5, 5, 5],
        0.1,
        40,
      ],
    },
    { name: "targets in the millions", args: [[[0.5], [1], [1.5], [2]], [1e6, 2.1e6, 2.9e6, 4e6], 0.1, 80] },
    {
      name: "tiny targets",
      args: [
        [
          [1, 0.5],
          [0.2, -1],
          [-0.4, 0.3],
        ],
        [3e-7, -2e-7, 1e-7],
        0.2,
        40,
      ],
    },
    { name: "too large a learning rate: the loss grows", args: [[[1], [2], [3]], [1, 2, 3], 0.5, 12] },
    { name: "50 samples x 4 features, 200 epochs", args: [wide, wideY, 0.1, 200] },
    { name: "empty X must throw", tier: "required", args: [[], [], 0.1, 10], throws: true },
    { name: "more targets than samples must throw", tier: "required", args: [[[1], [2]], [1, 2, 3], 0.1, 10], throws: true },
    { name: "rows of different lengths must throw", tier: "robustness", args: [[[1, 2], [3], [4, 5]], [1, 2, 3], 0.1, 10], throws: true },
    { name: "negative epochs must throw", tier: "robustness", args: [[[1], [2]], [1, 2], 0.1, -1], throws: true },
    { name: "fractional epochs must throw", tier: "robustness", args: [[[1], [2]], [1, 2], 0.1, 1.5], throws: true },
  ],
  random: {
    seed: 20261123,
    count: 20,
    // Features in [-1, 1] and at most 4 of them: the loss's curvature is at most 2 (1 + 4) = 10,
    // so every lr <= 0.15 < 2 / 10 converges and no value overflows.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 4 }),
          fc.array(
            fc.tuple(
              fc.array(
                fc.integer({ min: -100, max: 100 }).map((v) => v / 100),
                { minLength: 4, maxLength: 4 },
              ),
              fc.integer({ min: -50, max: 50 }).map((v) => v / 100),
            ),
            { minLength: 1, maxLength: 50 },
          ),
          fc.array(
            fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
            { minLength: 4, maxLength: 4 },
          ),
          fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
          fc.integer({ min: 1, max: 15 }).map((v) => v / 100),
          fc.integer({ min: 0, max: 200 }),
        )
        .map(([d, samples, trueWeights, trueBias, lr, epochs]) => {
          const X = samples.map(([features]) => features.slice(0, d));
          const y = samples.map(([features, noise]) => {
            let target = trueBias + noise;
            for (let j = 0; j < d; j++) target += trueWeights[j] * features[j];
            return Math.round(target * 100) / 100;
          });
          return [X, y, lr, epochs];
        }),
  },
});
