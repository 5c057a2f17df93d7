import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "the peak: s'(0) = 1/4", args: [[0]], expected: [0.25] },
    { name: "s(ln 3) = 3/4, so s'(+-ln 3) = 3/16", args: [[Math.log(3), -Math.log(3)]], expected: [3 / 16, 3 / 16] },
    { name: "s(ln 4) = 4/5, so s'(ln 4) = 4/25", args: [[Math.log(4)]], expected: [4 / 25] },
    { name: "s'(2) = e^-2 / (1 + e^-2)^2, and s' is even", args: [[2, -2]], expected: [0.10499358540350652, 0.10499358540350652] },
    { name: "moderate inputs", args: [[0.5, -3, 10]], expected: [0.23500371220159449, 0.045176659730912133, 0.000045395807735951671] },
    { name: "+-1000: exp(1000) overflows in a naive formula", args: [[1000, -1000]], expected: [0, 0] },
    { name: "very negative inputs", args: [[-710, -800, -1000]], expected: [0, 0, 0] },
    { name: "very positive inputs", args: [[710, 800, 1000]], expected: [0, 0, 0] },
    // atol is 1e-15 in this exercise, so these tail values are seen: returning 0 fails them.
    { name: "saturated tails: 20 and -30 are tiny, not 0", args: [[20, -30]], expected: [2.0611536139418493e-9, 9.357622968838423e-14] },
    { name: "just past a tail cut-off: 21.5, -22, 24 and -28 are tiny, not 0", args: [[21.5, -22, 24, -28]] },
    { name: "+-Infinity: the slope is 0", tier: "robustness", args: [[Infinity, -Infinity]], expected: [0, 0] },
    { name: "tiny inputs sit on the peak", args: [[1e-10, -1e-12]], expected: [0.25, 0.25] },
    { name: "inputs in [0, 1] are inputs, not sigmoid outputs", args: [[1, 0.5, 0.25]] },
    { name: "an empty vector gives an empty vector", args: [[]], expected: [] },
    { name: "a long vector", args: [Array.from({ length: 1000 }, (_, i) => (i - 500) / 25)] },
    { name: "mixed magnitudes", args: [[-1000, -37.5, -4.2, -0.1, 0, 0.1, 4.2, 37.5, 1000]] },
  ],
  random: {
    seed: 20261209,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.oneof(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            fc.integer({ min: -1000, max: 1000 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
      ),
  },
});
