import { penguins } from "@/lib/exercises/datasets";
import { badArgs, defineTests } from "@/lib/exercises/test-kit";
import { ofSpecies } from "../test-data";

// All 333 complete penguins: body mass from flipper length, and from flipper + beak length + beak depth.
const birds = penguins();
const mass = birds.map((bird) => bird.bodyMassG);
const flipper = birds.map((bird) => [bird.flipperLengthMm]);
const threeFeatures = birds.map((bird) => [bird.flipperLengthMm, bird.beakLengthMm, bird.beakDepthMm]);
// The least-squares line of the full data (from the reference; checked against the normal fit below).
const massModel = { weights: [50.15326594224109], bias: -5872.092682842817 };
const massPredictions = flipper.map(([length]) => massModel.bias + massModel.weights[0] * length);

const depthOf = (group: typeof birds) => group.map((bird) => [bird.beakDepthMm]);
const massOf = (group: typeof birds) => group.map((bird) => bird.bodyMassG);
// A held-out split: every 4th bird (83) is kept out of the fit, the other 250 train it.
const train = birds.filter((_, i) => i % 4 !== 3);
const test = birds.filter((_, i) => i % 4 === 3);
const trainModel = { weights: [50.75001723126609], bias: -6015.760454455301 };
const testPredictions = test.map((bird) => trainModel.bias + trainModel.weights[0] * bird.flipperLengthMm);

/** A design whose columns are never constant (for n >= 2) nor multiples of each other. */
const design = (n: number, d: number, noise: number[]) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => ((i * (2 * j + 3)) % (5 + 2 * j)) + j * i * 0.1 + noise[(i * d + j) % noise.length]));

export default defineTests<typeof import("./reference")>({
  fixed: [
    // fit, normal equation
    {
      name: "normal: y = 1 + 2x exactly",
      function: "fit",
      args: [[[0], [1], [2], [3]], [1, 3, 5, 7], { method: "normal" }],
      expected: { weights: [2], bias: 1, losses: [] },
    },
    {
      name: "normal: an exact plane is recovered",
      function: "fit",
      args: [
        [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
          [2, 3],
        ],
        [3, 5, 2, 4, 4],
        { method: "normal" },
      ],
      expected: { weights: [2, -1], bias: 3, losses: [] },
    },
    {
      name: "normal: two points give the line through them",
      function: "fit",
      args: [[[1], [3]], [5, 1], { method: "normal" }],
      expected: { weights: [-2], bias: 7, losses: [] },
    },
    {
      name: "normal: penguins, body mass from flipper length (333 birds)",
      function: "fit",
      args: [flipper, mass, { method: "normal" }],
      expected: { ...massModel, losses: [] },
    },
    { name: "normal: penguins, body mass from three measurements", function: "fit", args: [threeFeatures, mass, { method: "normal" }] },
    {
      name: "normal: targets in the millions, features near 1e4",
      function: "fit",
      args: [[[10000], [10001], [10003], [10006]], [2e6, 2.5e6, 3.4e6, 5.1e6], { method: "normal" }],
    },
    {
      name: "normal: a constant column is singular",
      function: "fit",
      args: [
        [
          [1, 5],
          [2, 5],
          [3, 5],
        ],
        [1, 2, 4],
        { method: "normal" },
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "normal: a column twice another is singular",
      function: "fit",
      args: [
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [4, 8],
        ],
        [1, 3, 2, 5],
        { method: "normal" },
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "normal: a constant column of 0.1s is singular (compare the values: its centred copy is 1e-17, not 0)",
      function: "fit",
      args: [[[0.1], [0.1], [0.1]], [1, 2, 3], { method: "normal" }],
      throws: true,
      tier: "robustness",
    },
    {
      name: "normal: fewer samples than d + 1 is singular",
      function: "fit",
      args: [
        [
          [1, 2],
          [3, 1],
        ],
        [1, 2],
        { method: "normal" },
      ],
      throws: true,
      tier: "robustness",
    },
    // Simpson's paradox: the sign of the slope flips when the species are separated
    {
      name: "Simpson's paradox, pooled: over all 333 birds, body mass falls with beak depth (-193 g/mm)",
      function: "fit",
      args: [depthOf(birds), massOf(birds), { method: "normal" }],
      expected: { weights: [-193.00610588886806], bias: 7519.980782733277, losses: [] },
    },
    {
      name: "Simpson's paradox, within Adelie: body mass rises with beak depth (+218 g/mm)",
      function: "fit",
      args: [depthOf(ofSpecies(birds, "Adelie")), massOf(ofSpecies(birds, "Adelie")), { method: "normal" }],
    },
    {
      name: "Simpson's paradox, within Chinstrap: body mass rises with beak depth (+205 g/mm)",
      function: "fit",
      args: [depthOf(ofSpecies(birds, "Chinstrap")), massOf(ofSpecies(birds, "Chinstrap")), { method: "normal" }],
    },
    {
      name: "Simpson's paradox, within Gentoo: body mass rises with beak depth (+368 g/mm)",
      function: "fit",
      args: [depthOf(ofSpecies(birds, "Gentoo")), massOf(ofSpecies(birds, "Gentoo")), { method: "normal" }],
      expected: { weights: [367.69934776493744], bias: -421.8172774899758, losses: [] },
    },
    {
      name: "Simpson's paradox, within Gentoo, by gradient descent: the same positive slope",
      function: "fit",
      args: [depthOf(ofSpecies(birds, "Gentoo")), massOf(ofSpecies(birds, "Gentoo")), { method: "gd", lr: 0.1, epochs: 200 }],
    },
    // a held-out split: fit on 250 birds, predict and score the 83 others
    {
      name: "held-out: the flipper-length line fitted on 250 birds (every 4th bird held out)",
      function: "fit",
      args: [train.map((bird) => [bird.flipperLengthMm]), massOf(train), { method: "normal" }],
      expected: { ...trainModel, losses: [] },
    },
    // fit, gradient descent
    {
      name: "gd vs normal: 200 epochs on the penguins reach the normal-equation line (50.153 g/mm, -5872 g)",
      function: "fit",
      args: [flipper, mass, { method: "gd", lr: 0.1, epochs: 200 }],
    },
    {
      name: "gd vs normal: 1000 epochs on three measurements reach the normal-equation weights",
      function: "fit",
      args: [threeFeatures, mass, { method: "gd", lr: 0.1, epochs: 1000 }],
    },
    { name: "gd: defaults lr = 0.1, 500 epochs (penguins, flipper length)", function: "fit", args: [flipper, mass, { method: "gd" }] },
    { name: "gd: penguins, three measurements, 300 epochs", function: "fit", args: [threeFeatures, mass, { method: "gd", lr: 0.1, epochs: 300 }] },
    { name: "gd: converges to the normal-equation line", function: "fit", args: [[[1], [2], [4], [7]], [3, 5, 9, 15], { method: "gd", lr: 0.2, epochs: 200 }] },
    {
      name: "gd: epochs = 0 returns the zero model",
      function: "fit",
      args: [
        [
          [1, 2],
          [3, 5],
        ],
        [1, 2],
        { method: "gd", lr: 0.1, epochs: 0 },
      ],
      expected: { weights: [0, 0], bias: 0, losses: [] },
      tier: "robustness",
    },
    {
      name: "gd: one epoch (losses[0] is mean(y^2))",
      function: "fit",
      args: [[[0], [2]], [1, 3], { method: "gd", lr: 0.25, epochs: 1 }],
      expected: { weights: [0.5], bias: 0.5, losses: [5] },
    },
    {
      name: "gd: collinear columns are fine",
      function: "fit",
      args: [
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [4, 8],
        ],
        [1, 3, 2, 5],
        { method: "gd", lr: 0.1, epochs: 50 },
      ],
    },
    {
      name: "gd: a column of [0.1, 0.1, 0.1] is constant",
      function: "fit",
      args: [
        [
          [0.1, 1],
          [0.1, 2],
          [0.1, 4],
        ],
        [1, 2, 3],
        { method: "gd" },
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "gd: a single sample has only constant columns", function: "fit", args: [[[2, 3]], [1], { method: "gd" }], throws: true, tier: "robustness" },
    { name: "gd: lr = 0 throws", function: "fit", args: [[[1], [2]], [1, 2], { method: "gd", lr: 0, epochs: 5 }], throws: true, tier: "robustness" },
    {
      name: "gd: fractional epochs throw",
      function: "fit",
      args: [[[1], [2]], [1, 2], { method: "gd", lr: 0.1, epochs: 2.5 }],
      throws: true,
      tier: "robustness",
    },
    { name: "gd: negative epochs throw", function: "fit", args: [[[1], [2]], [1, 2], { method: "gd", lr: 0.1, epochs: -1 }], throws: true, tier: "robustness" },
    // fit, arguments
    { name: "empty X throws", function: "fit", args: [[], [], { method: "normal" }], throws: true, tier: "required" },
    { name: "rows without features throw", function: "fit", args: [[[], []], [1, 2], { method: "gd" }], throws: true, tier: "robustness" },
    { name: "more targets than rows throws", function: "fit", args: [[[1], [2]], [1, 2, 3], { method: "normal" }], throws: true, tier: "required" },
    { name: "rows of different lengths throw", function: "fit", args: [[[1, 2], [3], [4, 5]], [1, 2, 3], { method: "gd" }], throws: true, tier: "robustness" },
    { name: "an unknown method throws", function: "fit", args: badArgs([[[1], [2], [3]], [1, 2, 3], { method: "sgd" }]), throws: true, tier: "robustness" },
    // predict
    { name: "predict: an empty X gives []", function: "predict", args: [{ weights: [1, 2], bias: 3 }, []], expected: [] },
    { name: "predict: a bias-only model", function: "predict", args: [{ weights: [], bias: -2.5 }, [[], []]], expected: [-2.5, -2.5] },
    { name: "predict: penguins' body mass from the fitted line", function: "predict", args: [massModel, flipper], expected: massPredictions },
    {
      name: "predict: large magnitudes",
      function: "predict",
      args: [
        { weights: [1e6, -3e-6], bias: 1e9 },
        [
          [2.5, 1e6],
          [-1, 0],
        ],
      ],
    },
    {
      name: "predict: held-out, the 83 birds the line never saw",
      function: "predict",
      args: [trainModel, test.map((bird) => [bird.flipperLengthMm])],
      expected: testPredictions,
    },
    { name: "predict: too many features throws", function: "predict", args: [{ weights: [1], bias: 0 }, [[1], [1, 2]]], throws: true, tier: "required" },
    // evaluate
    {
      name: "evaluate: a perfect fit",
      function: "evaluate",
      args: [
        [1, 2, 3],
        [1, 2, 3],
      ],
      expected: { mse: 0, rmse: 0, mae: 0, r2: 1 },
    },
    {
      name: "evaluate: worse than the mean gives a negative R^2",
      function: "evaluate",
      args: [
        [1, 2, 3],
        [3, 2, 1],
      ],
      expected: { mse: 8 / 3, rmse: Math.sqrt(8 / 3), mae: 4 / 3, r2: -3 },
    },
    {
      name: "evaluate: a constant target, predicted exactly",
      function: "evaluate",
      args: [
        [4, 4, 4],
        [4, 4, 4],
      ],
      expected: { mse: 0, rmse: 0, mae: 0, r2: 1 },
      tier: "robustness",
    },
    {
      name: "evaluate: a constant target, predicted with errors",
      function: "evaluate",
      args: [
        [4, 4],
        [3, 6],
      ],
      expected: { mse: 2.5, rmse: Math.sqrt(2.5), mae: 1.5, r2: 0 },
      tier: "robustness",
    },
    { name: "evaluate: a single value", function: "evaluate", args: [[2], [5]], expected: { mse: 9, rmse: 3, mae: 3, r2: 0 }, tier: "robustness" },
    { name: "evaluate: penguins, the flipper-length line (R^2 = 0.762)", function: "evaluate", args: [mass, massPredictions] },
    {
      name: "evaluate: held-out R^2 of the line fitted on the other 250 birds (0.753, train 0.760)",
      function: "evaluate",
      args: [massOf(test), testPredictions],
    },
    {
      name: "evaluate: a constant target of 0.1s, predicted with errors (compare the values: SS_tot is 6e-34, not 0)",
      function: "evaluate",
      args: [
        [0.1, 0.1, 0.1],
        [0.1, 0.2, 0.1],
      ],
      expected: { mse: 0.01 / 3, rmse: Math.sqrt(0.01 / 3), mae: 0.1 / 3, r2: 0 },
      tier: "robustness",
    },
    {
      name: "evaluate: a constant target of 0.1s, predicted exactly",
      function: "evaluate",
      args: [
        [0.1, 0.1, 0.1],
        [0.1, 0.1, 0.1],
      ],
      expected: { mse: 0, rmse: 0, mae: 0, r2: 1 },
      tier: "robustness",
    },
    { name: "evaluate: empty arrays throw", function: "evaluate", args: [[], []], throws: true, tier: "required" },
    {
      name: "evaluate: more predictions than targets throws",
      function: "evaluate",
      args: [
        [1, 2],
        [1, 2, 3],
      ],
      throws: true,
      tier: "required",
    },
  ],
  random: [
    {
      function: "fit",
      seed: 20270301,
      count: 15,
      // 6-30 samples, 1-3 well-separated features, a linear trend plus noise; gd with lr <= 0.3 < 1/d converges.
      args: (fc) =>
        fc
          .tuple(
            fc.integer({ min: 6, max: 30 }),
            fc.integer({ min: 1, max: 3 }),
            fc.array(
              fc.integer({ min: -50, max: 50 }).map((v) => v / 100),
              { minLength: 7, maxLength: 7 },
            ),
            fc.array(
              fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
              { minLength: 3, maxLength: 3 },
            ),
            fc.constantFrom("gd", "normal"),
            fc.integer({ min: 1, max: 3 }).map((v) => v / 10),
            fc.integer({ min: 0, max: 120 }),
          )
          .map(([n, d, noise, trend, method, lr, epochs]) => {
            const X = design(n, d, noise);
            const y = X.map((row, i) => Math.round((row.reduce((total, value, j) => total + value * trend[j], 1.5) + noise[i % 7]) * 100) / 100);
            return [X, y, method === "gd" ? { method, lr, epochs } : { method }];
          }),
    },
    {
      function: "predict",
      seed: 20270302,
      count: 10,
      args: (fc) =>
        fc.integer({ min: 0, max: 4 }).chain((d) =>
          fc.tuple(
            fc.record({
              weights: fc.array(
                fc.integer({ min: -500, max: 500 }).map((v) => v / 100),
                { minLength: d, maxLength: d },
              ),
              bias: fc.integer({ min: -1000, max: 1000 }).map((v) => v / 10),
            }),
            fc.array(
              fc.array(
                fc.integer({ min: -100, max: 100 }).map((v) => v / 10),
                { minLength: d, maxLength: d },
              ),
              { maxLength: 12 },
            ),
          ),
        ),
    },
    {
      function: "evaluate",
      seed: 20270303,
      count: 15,
      // 2-40 targets, never all equal (the first is offset by 0.05); constant targets are robustness cases.
      args: (fc) =>
        fc
          .array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -200, max: 200 })), { minLength: 2, maxLength: 40 })
          .map((pairs) => [pairs.map(([y], i) => y / 10 + (i === 0 ? 0.05 : 0)), pairs.map(([y, error], i) => (y + error) / 10 + (i === 0 ? 0.05 : 0))]),
    },
  ],
});
