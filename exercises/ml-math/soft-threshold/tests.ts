import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "positive entries above lambda move down by lambda", args: [[5, 2.5, 10], 2], expected: [3, 0.5, 8] },
    { name: "negative entries below -lambda move up by lambda", args: [[-5, -2.5, -10], 2], expected: [-3, -0.5, -8] },
    { name: "entries inside [-lambda, lambda] become 0", args: [[0.3, -0.3, 0.99, -0.99, 0], 1], expected: [0, 0, 0, 0, 0] },
    { name: "entries exactly at +-lambda become 0", args: [[1.5, -1.5], 1.5], expected: [0, 0] },
    { name: "mixed signs and magnitudes", args: [[-4, -1, -0.2, 0, 0.2, 1, 4], 0.5], expected: [-3.5, -0.5, 0, 0, 0, 0.5, 3.5] },
    { name: "lambda = 0 is the identity", args: [[-7.25, 0, 3.5, 1e-9], 0], expected: [-7.25, 0, 3.5, 1e-9] },
    { name: "a lambda larger than every entry zeroes the vector", args: [[3, -8, 0.5], 10], expected: [0, 0, 0] },
    { name: "a single entry", args: [[-6], 2.5], expected: [-3.5] },
    { name: "large magnitudes", args: [[1e10, -1e10, 5e9], 1e9], expected: [9e9, -9e9, 4e9] },
    { name: "tiny lambda", args: [[1e-3, -1e-3, 5e-13], 1e-12], expected: [1e-3 - 1e-12, -1e-3 + 1e-12, 0] },
    { name: "an empty vector gives an empty vector", args: [[], 1], expected: [] },
    { name: "a long vector", args: [Array.from({ length: 300 }, (_, i) => Math.sin(i) * 3), 1.2] },
    { name: "negative lambda must throw", tier: "robustness", args: [[1, -2, 3], -0.5], throws: true },
  ],
  random: {
    seed: 20261311,
    count: 20,
    args: (fc) =>
      fc
        .tuple(fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 300 }))
        .map(([values, lambda]) => [values.map((v) => v / 100), lambda / 100]),
  },
});
