import { defineTests } from "@/lib/exercises/test-kit";

/** softmax(1, 2, 3) in closed form: e^(z_i - 3) / (e^-2 + e^-1 + 1). */
const s123 = 1 + Math.exp(-1) + Math.exp(-2);
const p123 = [Math.exp(-2) / s123, Math.exp(-1) / s123, 1 / s123];

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a single logit is certain", args: [[-3.7]], expected: [1] },
    { name: "logits ln 1 .. ln 4 give probabilities 0.1 .. 0.4", args: [[0, Math.log(2), Math.log(3), Math.log(4)]], expected: [0.1, 0.2, 0.3, 0.4] },
    {
      name: "two classes are a sigmoid of the difference: softmax([2, -1]) = [sigmoid(3), sigmoid(-3)]",
      args: [[2, -1]],
      expected: [1 / (1 + Math.exp(-3)), 1 / (1 + Math.exp(3))],
    },
    { name: "very negative logits do not underflow to 0/0", args: [[-1000, -1000, -1000]], expected: [1 / 3, 1 / 3, 1 / 3] },
    { name: "one dominant logit (a shift by the minimum overflows here)", args: [[1000, 0, -1000]], expected: [1, 0, 0] },
    { name: "mixed magnitudes around the overflow point of exp", args: [[710, 709, 700, -5]] },
    { name: "shift invariance at a large offset", args: [[1e6 + 1, 1e6 + 2, 1e6 + 3]], expected: p123 },
    { name: "low temperature T = 0.01: softmax([1, 2, 3] / T) is nearly one-hot", args: [[100, 200, 300]], expected: [Math.exp(-200), Math.exp(-100), 1] },
    { name: "very low temperature T = 0.001 (logits up to 3000)", args: [[1000, 2000, 3000]], expected: [0, 0, 1] },
    { name: "high temperature T = 100: nearly uniform", args: [[0.01, 0.02, 0.03]] },
    { name: "ties keep equal probabilities", args: [[2, 5, 5, 2]] },
    { name: "negative and positive logits", args: [[-2.5, 0.3, 4.1, -0.7, 1.9]] },
    { name: "logits summing to zero", args: [[-1, 1, -2, 2]] },
    { name: "tiny differences", args: [[1e-9, 2e-9, 3e-9]] },
    { name: "a long vector", args: [Array.from({ length: 200 }, (_, i) => Math.sin(i) * 30)] },
    { name: "an empty vector gives an empty vector", args: [[]], expected: [] },

    // Robustness: masked logits, invalid logits and extreme spreads are beyond the catalog row.
    { name: "a masked logit (-Infinity) gets probability 0", tier: "robustness", args: [[0, -Infinity, 0]], expected: [0.5, 0, 0.5] },
    { name: "a masked logit next to huge logits", tier: "robustness", args: [[1000, -Infinity, 1000, 999]] },
    { name: "a single finite logit among masked ones is certain", tier: "robustness", args: [[-Infinity, -2.5, -Infinity]], expected: [0, 1, 0] },
    { name: "a fully masked vector has no distribution and must throw", tier: "robustness", args: [[-Infinity, -Infinity]], throws: true },
    { name: "a single masked logit must throw", tier: "robustness", args: [[-Infinity]], throws: true },
    { name: "a NaN logit must throw", tier: "robustness", args: [[1, Number.NaN, 2]], throws: true },
    { name: "a +Infinity logit must throw", tier: "robustness", args: [[0, Infinity]], throws: true },
    { name: "a spread of 2e308: [1e308, -1e308] gives [1, 0]", tier: "robustness", args: [[1e308, -1e308]], expected: [1, 0] },
  ],
  random: {
    seed: 20261121,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: -200000, max: 200000 }).map((v) => v / 100),
          { minLength: 1, maxLength: 12 },
        ),
      ),
  },
});
