import { defineTests } from "@/lib/exercises/test-kit";

/** Four samples in 2-D, linearly separable: the first two are class 1. */
const square = [
  [2, 1],
  [1, -1],
  [-1, 0.5],
  [-2, -1],
];
const squareY = [1, 1, 0, 0];
/** After one epoch from zero with lr 0.5: w = lr (1/n) X^T (y - 1/2) = [0.375, 0.03125], b = lr mean(y - 1/2) = 0. */
const w1 = [0.375, 0.03125];
const z1 = square.map(([a, b]) => a * w1[0] + b * w1[1]);
/** Binary cross-entropy of the logits z1: log(1 + e^-z) for class 1, log(1 + e^z) for class 0. */
const loss1 = z1.reduce((acc, z, i) => acc + Math.log(1 + Math.exp(squareY[i] === 1 ? -z : z)), 0) / 4;
/** The second update, from the residuals sigmoid(z1) - y. */
const r1 = z1.map((z, i) => 1 / (1 + Math.exp(-z)) - squareY[i]);
const w2 = w1.map((w, j) => w - (0.5 / 4) * r1.reduce((acc, r, i) => acc + r * square[i][j], 0));
const b2 = -(0.5 / 4) * r1.reduce((acc, r) => acc + r, 0);

/** No features: only the bias moves, b <- b - lr (sigmoid(b) - 3/4); the loss is the cross-entropy of 3/4 against sigmoid(b). */
function biasOnly(lr: number, epochs: number) {
  let b = 0;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const p = 1 / (1 + Math.exp(-b));
    losses.push(-(0.75 * Math.log(p) + 0.25 * Math.log(1 - p)));
    b -= lr * (p - 0.75);
  }
  return { weights: [], bias: b, losses };
}

/** 60 samples x 3 features on a deterministic pattern, labels from a noisy linear rule. */
const wide = Array.from({ length: 60 }, (_, i) => [Math.sin(i), Math.cos(1.3 * i), ((i % 7) - 3) / 3]);
const wideY = wide.map((row, i) => (1.5 * row[0] - 2 * row[1] + 0.5 * row[2] + 0.3 * Math.sin(7 * i) > 0 ? 1 : 0));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "epochs = 0 keeps the zero initialisation", args: [[[1, -1, 2]], [1], 0.1, 0], expected: { weights: [0, 0, 0], bias: 0, losses: [] } },
    {
      name: "one epoch from zero: the loss is ln 2, then w = lr (1/n) X^T (y - 1/2)",
      args: [square, squareY, 0.5, 1],
      expected: { weights: w1, bias: 0, losses: [Math.LN2] },
    },
    {
      name: "two epochs: the second loss is that of the first update",
      args: [square, squareY, 0.5, 2],
      expected: { weights: w2, bias: b2, losses: [Math.LN2, loss1] },
    },
    { name: "no features: the bias converges to logit(3/4) = ln 3", args: [[[], [], [], []], [1, 1, 1, 0], 1, 200], expected: biasOnly(1, 200) },
    { name: "no features, a few epochs", args: [[[], [], [], []], [1, 1, 1, 0], 0.5, 5], expected: biasOnly(0.5, 5) },
    {
      name: "all labels 0: the weights and bias keep falling",
      args: [
        [
          [1, 2],
          [-1, 0.5],
          [0.3, -0.2],
        ],
        [0, 0, 0],
        0.5,
        30,
      ],
    },
    { name: "a single sample", args: [[[2, -1]], [1], 0.3, 40] },
    { name: "separable data, 100 epochs", args: [square, squareY, 0.5, 100] },
    { name: "a large learning rate saturates the logits (z = +-500): the loss must stay finite", tier: "robustness", args: [[[10], [-10]], [1, 0], 10, 5] },
    { name: "logits of +-1000: neither the sigmoid nor the loss may overflow", tier: "robustness", args: [[[10], [-10]], [1, 0], 20, 3] },
    {
      name: "a saturated misclassified sample (z near 1000) costs about its logit, not log(1e-12)",
      tier: "robustness",
      args: [[[10], [10], [10], [-10]], [1, 1, 0, 0], 20, 6],
    },
    { name: "oscillating large steps (z up to about 700)", tier: "robustness", args: [[[10], [10], [10], [-10]], [1, 1, 0, 0], 10, 6] },
    {
      name: "an all-zero feature keeps weight 0",
      args: [
        [
          [0, 1],
          [0, 2],
          [0, -1],
          [0, -3],
        ],
        [1, 1, 0, 0],
        0.2,
        50,
      ],
    },
    { name: "overlapping classes (no separating line)", args: [[[1], [2], [3], [1.5], [2.5], [0.5]], [0, 1, 0, 1, 1, 0], 0.4, 120] },
    {
      name: "tiny features",
      args: [
        [
          [1e-6, -2e-6],
          [-3e-6, 1e-6],
          [2e-6, 2e-6],
        ],
        [1, 0, 1],
        0.5,
        20,
      ],
    },
    { name: "60 samples x 3 features, 200 epochs", args: [wide, wideY, 0.5, 200] },
    { name: "empty X must throw", tier: "required", args: [[], [], 0.1, 10], throws: true },
    { name: "more labels than samples must throw", tier: "required", args: [[[1], [2]], [1, 0, 1], 0.1, 10], throws: true },
    { name: "rows of different lengths must throw", tier: "robustness", args: [[[1, 2], [3], [4, 5]], [1, 0, 1], 0.1, 10], throws: true },
    { name: "a label other than 0 or 1 must throw", tier: "robustness", args: [[[1], [2], [3]], [1, 0, 2], 0.1, 10], throws: true },
    { name: "a label of -1 (the +-1 convention) must throw", tier: "robustness", args: [[[1], [2]], [1, -1], 0.1, 10], throws: true },
    { name: "negative epochs must throw", tier: "robustness", args: [[[1], [2]], [1, 0], 0.1, -1], throws: true },
    { name: "fractional epochs must throw", tier: "robustness", args: [[[1], [2]], [1, 0], 0.1, 2.5], throws: true },
  ],
  random: {
    seed: 20261310,
    count: 20,
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
              fc.integer({ min: -100, max: 100 }).map((v) => v / 100),
            ),
            { minLength: 1, maxLength: 30 },
          ),
          fc.array(
            fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
            { minLength: 4, maxLength: 4 },
          ),
          fc.integer({ min: -100, max: 100 }).map((v) => v / 100),
          fc.integer({ min: 5, max: 200 }).map((v) => v / 100),
          fc.integer({ min: 0, max: 150 }),
        )
        .map(([d, samples, trueWeights, trueBias, lr, epochs]) => {
          const X = samples.map(([features]) => features.slice(0, d));
          const y = samples.map(([features, noise]) => {
            let z = trueBias + noise;
            for (let j = 0; j < d; j++) z += trueWeights[j] * features[j];
            return z > 0 ? 1 : 0;
          });
          return [X, y, lr, epochs];
        }),
  },
});
