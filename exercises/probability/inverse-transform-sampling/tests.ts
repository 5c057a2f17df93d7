import { defineTests } from "@/lib/exercises/test-kit";

const LN2 = Math.LN2;

// Expected values: closed forms (ln 2 / lambda, ln 4 / lambda, ...) or -log1p(-u) / lambda evaluated
// with 50-digit arithmetic (mpmath).
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "the median of Exp(1) is ln 2", args: [[0.5], 1], expected: [LN2] },
    { name: "the third quartile of Exp(0.5) is 2 ln 4", args: [[0.75], 0.5], expected: [2.772588722239781] },
    { name: "u = 1 - 1/e maps to the mean 1/lambda", args: [[1 - Math.exp(-1)], 3], expected: [1 / 3] },
    { name: "the quartiles of Exp(3)", args: [[0.25, 0.5, 0.75], 3], expected: [0.09589402415059364, 0.23104906018664845, 0.4620981203732969] },
    {
      name: "the deciles of Exp(0.2)",
      args: [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], 0.2],
      expected: [
        0.5268025782891315, 1.1157177565710488, 1.7833747196936618, 2.5541281188299534, 3.4657359027997265, 4.581453659370775, 6.019864021629679,
        8.047189562170503, 11.512925464970229,
      ],
    },
    { name: "memorylessness: each halving of the tail adds ln 2 / lambda", args: [[0.5, 0.75, 0.875], 4], expected: [LN2 / 4, LN2 / 2, (3 * LN2) / 4] },
    { name: "the order of u is kept", args: [[0.9, 0.1, 0.5], 2], expected: [Math.log(10) / 2, -Math.log(0.9) / 2, LN2 / 2] },
    { name: "equal u give equal samples", args: [[0.2, 0.2, 0.2], 7], expected: [0.03187765018774425, 0.03187765018774425, 0.03187765018774425] },
    { name: "rate 10", args: [[0.6], 10], expected: [0.0916290731874155] },
    { name: "both tails of Exp(2.5)", args: [[0.05, 0.95], 2.5], expected: [0.020517317755020213, 1.198292909421596] },
    { name: "u close to 1, rate 100", args: [[0.99999], 100], expected: [0.1151292546497478] },
    { name: "u = 0.999, slow rate", args: [[0.999], 0.1], expected: [69.07755278982135] },
    { name: "a huge rate", args: [[0.3], 1e6], expected: [3.566749439387324e-7] },
    { name: "a tiny rate", args: [[0.3], 1e-6], expected: [356674.9439387324] },
    { name: "rate 1e300", tier: "robustness", args: [[0.5], 1e300], expected: [6.931471805599452e-301] },
    { name: "200 evenly spaced u", args: [Array.from({ length: 200 }, (_, i) => i / 200), 0.8] },
    { name: "u = 0.99 at rate 2 is ln(100) / 2 = ln 10", args: [[0.99], 2], expected: [Math.log(10)] },
    { name: "u = 1 - e^-2 at rate 0.25 is 2 / 0.25 = 8", args: [[1 - Math.exp(-2)], 0.25], expected: [8] },
    {
      name: "the octiles 1/8, 3/8, 5/8, 7/8 of Exp(1.25)",
      args: [[0.125, 0.375, 0.625, 0.875], 1.25],
      expected: [0.1068251140996181, 0.37600290339658843, 0.784663402409381, 1.6635532333438687],
    },
    { name: "a slow rate of 0.003", args: [[0.42], 0.003], expected: [181.575725147224] },
    { name: "u = 0 gives 0", args: [[0], 2], expected: [0] },
    { name: "u = 1 gives Infinity", tier: "robustness", args: [[1], 0.5], expected: [Infinity] },
    { name: "no u: no samples", args: [[], 2], expected: [] },
    { name: "the largest double below 1", args: [[0.9999999999999999], 1], expected: [36.7368005696771] },
    { name: "u = 1e-9 (1 - u is still exact enough)", args: [[1e-9], 3], expected: [3.3333333350000003e-10] },
    { name: "u = 1e-12: 1 - u loses digits", tier: "robustness", args: [[1e-12], 0.5], expected: [2.000000000001e-12] },
    { name: "u = 1e-15", tier: "robustness", args: [[1e-15], 2], expected: [5.000000000000003e-16] },
    { name: "u = 5e-17: 1 - u rounds to exactly 1", tier: "robustness", args: [[5e-17], 0.25], expected: [2e-16] },
    { name: "u = 1e-300", tier: "robustness", args: [[1e-300], 4], expected: [2.5e-301] },
    { name: "a rate of 0 must throw", tier: "robustness", args: [[0.5], 0], throws: true },
    { name: "a negative rate must throw", tier: "robustness", args: [[0.5], -2], throws: true },
    { name: "a NaN rate must throw", tier: "robustness", args: [[0.5], NaN], throws: true },
    { name: "an infinite rate must throw", tier: "robustness", args: [[0.5], Infinity], throws: true },
    { name: "a negative u must throw", tier: "robustness", args: [[0.5, -0.1], 1], throws: true },
    { name: "u above 1 must throw", tier: "robustness", args: [[1.5, 0.5], 1], throws: true },
    { name: "a NaN u must throw", tier: "robustness", args: [[0.2, NaN], 1], throws: true },
  ],
  random: {
    seed: 20261204,
    count: 20,
    // u = j / 10^6 in [0, 1), rate in (0, 100].
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: 0, max: 999999 }).map((j) => j / 1e6),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 10000 }).map((l) => l / 100),
      ),
  },
});
