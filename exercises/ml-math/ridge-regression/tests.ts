import { defineTests } from "@/lib/exercises/test-kit";

const xs = [[1], [2], [3], [4], [5]];
const ys = [2.2, 2.8, 4.5, 3.7, 5.5];

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "lambda = 0 is ordinary least squares", tier: "robustness", args: [xs, ys, 0], expected: { weights: [0.75], bias: 1.49 } },
    {
      name: "one feature: w = Sxy / (Sxx + lambda), b = mean(y) - w mean(x)",
      args: [xs, ys, 10],
      expected: { weights: [7.5 / 20], bias: 3.74 - (7.5 / 20) * 3 },
    },
    { name: "one feature, lambda = 2.5", args: [xs, ys, 2.5], expected: { weights: [7.5 / 12.5], bias: 3.74 - (7.5 / 12.5) * 3 } },
    {
      name: "orthogonal centred features: w_j = (X^T y)_j / (4 + lambda)",
      args: [
        [
          [1, 1],
          [1, -1],
          [-1, 1],
          [-1, -1],
        ],
        [3, 1, 0, -2],
        4,
      ],
      expected: { weights: [0.75, 0.5], bias: 0.5 },
    },
    { name: "a large intercept is not shrunk", args: [[[1], [2], [3]], [101, 102, 103], 1], expected: { weights: [2 / 3], bias: 102 - 4 / 3 } },
    {
      name: "a duplicated feature is fine for lambda > 0: the weight is shared",
      args: [
        [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        [1, 2, 3],
        1,
      ],
      expected: { weights: [0.4, 0.4], bias: 0.4 },
    },
    {
      name: "a constant feature gets weight 0 (the bias absorbs it)",
      args: [
        [
          [1, 0.7],
          [2, 0.7],
          [5, 0.7],
          [7, 0.7],
        ],
        [1, 2, 3, 4],
        0.5,
      ],
      expected: { weights: [14 / 31, 0], bias: 25 / 31 },
    },
    {
      name: "more features than samples (numpy closed form)",
      args: [
        [
          [0.5, 1.2, -0.3],
          [1.5, -0.3, 2.0],
        ],
        [2.3, 1.1],
        1,
      ],
      expected: { weights: [-0.11385199240986711, 0.17077798861480067, -0.26185958254269454], bias: 1.959582542694497 },
    },
    { name: "a single sample: zero weights, the bias is the target", args: [[[2, -1]], [3.5], 1], expected: { weights: [0, 0], bias: 3.5 } },
    { name: "no features: the bias is the mean of y", args: [[[], [], []], [1, 2, 6], 3], expected: { weights: [], bias: 3 } },
    {
      name: "two noisy features, lambda = 2.5 (numpy closed form)",
      args: [
        [
          [0.5, 1.2],
          [1.5, -0.3],
          [2.1, 0.8],
          [-0.7, 2.2],
          [1.1, 1.1],
          [3.0, -1.4],
          [-1.2, -0.6],
        ],
        [2.3, 1.1, 3.9, 2.0, 2.9, 1.2, -1.8],
        2.5,
      ],
      expected: { weights: [0.7928749205750231, 0.9595841322075567], bias: 0.5323050862506691 },
    },
    {
      name: "features on different scales are shrunk differently (numpy closed form)",
      args: [
        [
          [1400, 3],
          [1600, 3],
          [1700, 4],
          [1875, 4],
          [1100, 2],
          [1550, 3],
          [2350, 5],
          [2450, 4],
        ],
        [245, 312, 279, 308, 199, 219, 405, 324],
        100,
      ],
      expected: { weights: [0.12202676371193819, 0.5443875453071836], bias: 70.54147345893324 },
    },
    {
      name: "a large lambda: weights shrink towards 0, the bias towards mean(y) (numpy closed form)",
      args: [
        [
          [1, 2],
          [2, 1],
          [3, 5],
          [4, 3],
          [5, 4],
        ],
        [1.2e6, 0.9e6, 2.4e6, 1.9e6, 2.2e6],
        1e4,
      ],
      expected: { weights: [299.4608865718888, 399.42090256549136], bias: 1717903.3546325879 },
    },
    {
      name: "lambda = 0 with a duplicated feature is singular and must throw",
      tier: "robustness",
      args: [
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [-1, -2],
        ],
        [1, 2, 2, 0],
        0,
      ],
      throws: true,
    },
    {
      name: "lambda = 0 with fewer samples than unknowns must throw",
      tier: "robustness",
      args: [
        [
          [1, 2],
          [3, 5],
        ],
        [1, 2],
        0,
      ],
      throws: true,
    },
    { name: "negative lambda must throw", tier: "robustness", args: [xs, ys, -1], throws: true },
    { name: "empty X must throw", tier: "required", args: [[], [], 1], throws: true },
    { name: "more targets than samples must throw", tier: "required", args: [[[1], [2]], [1, 2, 3], 1], throws: true },
    { name: "rows of different lengths must throw", tier: "robustness", args: [[[1, 2], [3], [4, 5]], [1, 2, 3], 1], throws: true },
  ],
  random: {
    seed: 20261309,
    count: 25,
    args: (fc) =>
      fc
        .record({
          d: fc.integer({ min: 1, max: 4 }),
          n: fc.integer({ min: 1, max: 10 }),
          features: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 40, maxLength: 40 }),
          trueWeights: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 4, maxLength: 4 }),
          trueBias: fc.integer({ min: -1000, max: 1000 }),
          noise: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 10, maxLength: 10 }),
          lambda: fc.integer({ min: 1, max: 2000 }),
        })
        .map(({ d, n, features, trueWeights, trueBias, noise, lambda }) => {
          const X = Array.from({ length: n }, (_, i) => features.slice(i * 4, i * 4 + d).map((v) => v / 10));
          const y = X.map((row, i) => {
            let target = trueBias / 100 + noise[i] / 100;
            for (let j = 0; j < d; j++) target += (trueWeights[j] / 100) * row[j];
            return Math.round(target * 1000) / 1000;
          });
          return [X, y, lambda / 100];
        }),
  },
});
