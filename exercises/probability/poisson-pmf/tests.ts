import { defineTests } from "@/lib/exercises/test-kit";

// Expected values: closed forms, or the exact lambda^k e^-lambda / k! evaluated with 40-digit
// arithmetic (mpmath), rounded to double.
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "k = 0 gives e^-lambda", args: [0, 1], expected: Math.exp(-1) },
    { name: "k = 1, lambda = 1 ties with k = 0", args: [1, 1], expected: Math.exp(-1) },
    { name: "k = 2, lambda = 3: 9/2 e^-3", args: [2, 3], expected: 4.5 * Math.exp(-3) },
    { name: "non-integer rate", args: [3, 2.5], expected: 0.21376301724973645 },
    { name: "the two modes of lambda = 5 tie: k = 4", args: [4, 5], expected: (625 / 24) * Math.exp(-5) },
    { name: "the two modes of lambda = 5 tie: k = 5", args: [5, 5], expected: (3125 / 120) * Math.exp(-5) },
    { name: "k = 12, lambda = 3.7 (right tail)", args: [12, 3.7], expected: 0.00033977712844666903 },
    { name: "tiny rate, k = 0", args: [0, 0.001], expected: 0.999000499833375 },
    { name: "tiny rate, k = 1: P is about lambda", args: [1, 1e-300], expected: 1e-300 },
    { name: "lambda = 0 and k = 0: all the mass is at 0", tier: "robustness", args: [0, 0], expected: 1 },
    { name: "lambda = 0 and k = 3: impossible", tier: "robustness", args: [3, 0], expected: 0 },
    { name: "k = 10, lambda = 10", args: [10, 10], expected: 0.1251100357211333 },
    { name: "k = 100, lambda = 100", args: [100, 100], expected: 0.039860996809147134 },
    { name: "k = 170, lambda = 170: 170^170 overflows", args: [170, 170] },
    { name: "k = 171, lambda = 100: 171! overflows", args: [171, 100] },
    { name: "k = 400, lambda = 200 (far right tail)", args: [400, 200], expected: 5.5806875394547374e-36 },
    { name: "k = 500, lambda = 500", args: [500, 500], expected: 0.01783826786951178 },
    { name: "k = 500, lambda = 450.25", args: [500, 450.25], expected: 0.00125707657531645 },
    { name: "k = 500, lambda = 1000: e^-1000 underflows on its own", args: [500, 1000], expected: 4.1601554755355284e-69 },
    { name: "k = 200, lambda = 800 (far left tail)", args: [200, 800] },
    { name: "k = 0, lambda = 700", args: [0, 700], expected: 9.85967654375977e-305 },
    { name: "k = 0, lambda = 1000: the true value 5e-435 is below the smallest double", args: [0, 1000], expected: 0 },
    { name: "k = 250, lambda = 0.5: the true value 1e-568 is below the smallest double", args: [250, 0.5], expected: 0 },
    { name: "negative k must throw", tier: "robustness", args: [-1, 2], throws: true },
    { name: "fractional k must throw", tier: "robustness", args: [2.5, 2], throws: true },
    { name: "NaN k must throw", tier: "robustness", args: [NaN, 2], throws: true },
    { name: "negative lambda must throw", tier: "robustness", args: [2, -1], throws: true },
    { name: "NaN lambda must throw", tier: "robustness", args: [2, NaN], throws: true },
    { name: "infinite lambda must throw", tier: "robustness", args: [2, Infinity], throws: true },
  ],
  random: {
    seed: 20261201,
    count: 25,
    // lambda log-uniform in [0.01, 690] (10^(e/100), two decimals); k within about 6 standard
    // deviations of lambda, clipped to [0, 500].
    args: (fc) =>
      fc.tuple(fc.integer({ min: -200, max: 284 }), fc.integer({ min: -60, max: 60 })).map(([e, d]) => {
        const lambda = Math.max(0.01, Math.round(10 ** (e / 100) * 100) / 100);
        const k = Math.min(500, Math.max(0, Math.round(lambda + (d / 10) * Math.sqrt(lambda))));
        return [k, lambda];
      }),
  },
});
