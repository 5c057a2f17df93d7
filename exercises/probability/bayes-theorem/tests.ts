import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "mammography screening (Eddy 1982): 1% prevalence, 80% sensitivity, 9.6% false positives", args: [0.01, 0.8, 0.096], expected: 25 / 322 },
    { name: "1% prevalence, 90% sensitivity, 9% false positives: about 9%", args: [0.01, 0.9, 0.09], expected: 10 / 109 },
    { name: "a rare disease and an accurate test: still only 9%", args: [0.001, 0.99, 0.01], expected: 11 / 122 },
    { name: "even prior, symmetric test", args: [0.5, 0.9, 0.1], expected: 0.9 },
    { name: "odds form: prior odds 1/4 times likelihood ratio 16 = posterior odds 4", args: [0.2, 0.8, 0.05], expected: 0.8 },
    { name: "an uninformative test (sensitivity = false-positive rate) leaves the prior unchanged", args: [0.3, 0.4, 0.4], expected: 0.3 },
    { name: "a test that is more often positive without the condition lowers the probability", args: [0.5, 0.2, 0.6], expected: 0.25 },
    { name: "no false positives: a positive result proves the condition", args: [0.02, 0.7, 0], expected: 1 },
    { name: "prior 1: certain whatever the test says", args: [1, 0.3, 0.9], expected: 1 },
    { name: "prior 0: impossible whatever the test says", args: [0, 0.99, 0.05], expected: 0 },
    { name: "sensitivity 0: a positive result rules the condition out", args: [0.4, 0, 0.1], expected: 0 },
    { name: "a tiny prior", args: [1e-9, 0.95, 0.05], expected: (1e-9 * 0.95) / (1e-9 * 0.95 + (1 - 1e-9) * 0.05) },
    { name: "a tiny false-positive rate", args: [0.001, 0.9, 1e-8] },
    { name: "a prior close to 1", args: [0.999999, 0.5, 0.5] },
    { name: "a second positive test: yesterday's posterior is today's prior", args: [10 / 109, 0.9, 0.09], expected: 100 / 199 },
    { name: "every test result positive: sensitivity and false-positive rate 1", args: [0.37, 1, 1], expected: 0.37 },
    { name: "P(positive) = 0 (prior 0, no false positives) must throw", tier: "robustness", args: [0, 0.9, 0], throws: true },
    { name: "P(positive) = 0 (sensitivity 0, no false positives) must throw", tier: "robustness", args: [0.3, 0, 0], throws: true },
    { name: "P(positive) = 0 (prior 1, sensitivity 0) must throw", tier: "robustness", args: [1, 0, 0.2], throws: true },
    { name: "a prior above 1 must throw", tier: "robustness", args: [1.2, 0.9, 0.1], throws: true },
    { name: "a negative sensitivity must throw", tier: "robustness", args: [0.1, -0.5, 0.1], throws: true },
    { name: "a false-positive rate above 1 must throw", tier: "robustness", args: [0.1, 0.9, 1.5], throws: true },
    { name: "a false-positive rate given in percent must throw", tier: "robustness", args: [0.01, 0.9, 9], throws: true },
    { name: "a NaN prior must throw", tier: "robustness", args: [Number.NaN, 0.9, 0.1], throws: true },
  ],
  random: {
    seed: 20261205,
    count: 25,
    args: (fc) =>
      fc
        .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
        .map(([prior, sensitivity, falsePositiveRate]) => {
          // Keep P(positive) > 0: the random cases are all defined.
          const fpr = prior * sensitivity === 0 && (1000 - prior) * falsePositiveRate === 0 ? 37 : falsePositiveRate;
          const p = prior * sensitivity === 0 && (1000 - prior) * fpr === 0 ? 500 : prior;
          return [p / 1000, sensitivity / 1000, fpr / 1000];
        }),
  },
});
