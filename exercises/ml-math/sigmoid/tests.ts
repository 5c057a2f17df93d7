import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "sigmoid(0) = 1/2", args: [[0]], expected: [0.5] },
    { name: "sigmoid(+-ln 3) = 3/4 and 1/4", args: [[Math.log(3), -Math.log(3)]], expected: [0.75, 0.25] },
    { name: "sigmoid(ln 4) = 4/5 and sigmoid(-ln 9) = 1/10", args: [[Math.log(4), -Math.log(9)]], expected: [0.8, 0.1] },
    { name: "sigmoid(1) = e / (1 + e)", args: [[1, -1]], expected: [0.7310585786300049, 0.2689414213699951] },
    { name: "+-1000: exp(1000) overflows in the wrong form", args: [[1000, -1000]], expected: [1, 0] },
    { name: "just past the overflow point of exp (709.78)", args: [[709, 710, 745, 800]], expected: [1, 1, 1, 1] },
    // e^x / (1 + e^x) is exact here: subnormal down to -745 (5e-324), 0 only at -800. Within atol these
    // are indistinguishable from 0: the test checks that no NaN or negative value appears.
    {
      name: "very negative inputs: tiny (subnormal down to -745) and finite, never NaN",
      args: [[-709, -710, -745, -800]],
      expected: [-709, -710, -745, -800].map((v) => Math.exp(v) / (1 + Math.exp(v))),
    },
    {
      name: "saturating tails: 20 and -20",
      args: [[20, -20, 36, -36]],
      expected: [0.9999999979388464, 2.0611536181902037e-9, 0.9999999999999998, 2.319522830243569e-16],
    },
    { name: "a single entry is not normalised", args: [[2.5]], expected: [0.9241418199787566] },
    { name: "equal entries stay equal (and are not 1/n)", args: [[0, 0, 0]], expected: [0.5, 0.5, 0.5] },
    { name: "tiny inputs sit at 1/2 + x/4", args: [[1e-10, -1e-12, 1e-300]], expected: [0.5, 0.5, 0.5] },
    { name: "an empty vector gives an empty vector", args: [[]], expected: [] },
    { name: "symmetric pair: sigmoid(-x) = 1 - sigmoid(x)", args: [[3.2, -3.2, 0.7, -0.7]] },
    { name: "mixed magnitudes", args: [[-1000, -37.5, -4.2, -0.1, 0, 0.1, 4.2, 37.5, 1000]] },
    { name: "x = +-Infinity: the limits 1 and 0", tier: "robustness", args: [[Infinity, -Infinity]], expected: [1, 0] },
    { name: "|x| = 1e300, far beyond the overflow point", tier: "robustness", args: [[1e300, -1e300]], expected: [1, 0] },
    { name: "a long vector", args: [Array.from({ length: 1000 }, (_, i) => (i - 500) / 25)] },
  ],
  random: {
    seed: 20261301,
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
