import { defineTests } from "@/lib/exercises/test-kit";

/** Expected values: exact rational arithmetic (Python fractions, with p's exact double value), rounded. */
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "3 heads in 10 fair flips: 120 / 1024", args: [3, 10, 0.5], expected: 0.1171875 },
    { name: "no heads in 10 fair flips: 1 / 1024", args: [0, 10, 0.5], expected: 1 / 1024 },
    { name: "5 successes in 10 trials with p = 0.3", args: [5, 10, 0.3], expected: 0.10291934519999999 },
    { name: "n = 0: no trials, certainly 0 successes", args: [0, 0, 0.7], expected: 1 },
    { name: "n = 1 is a Bernoulli trial", args: [1, 1, 0.3], expected: 0.3 },
    { name: "p = 0: certainly 0 successes", tier: "robustness", args: [0, 5, 0], expected: 1 },
    { name: "p = 0: 2 successes are impossible", tier: "robustness", args: [2, 5, 0], expected: 0 },
    { name: "p = 1: certainly n successes", tier: "robustness", args: [5, 5, 1], expected: 1 },
    { name: "p = 1: fewer than n successes are impossible", tier: "robustness", args: [4, 5, 1], expected: 0 },
    { name: "p = 0, n = 1000, k = 0", tier: "robustness", args: [0, 1000, 0], expected: 1 },
    { name: "k > n has probability 0", tier: "robustness", args: [11, 10, 0.5], expected: 0 },
    { name: "k < 0 has probability 0", tier: "robustness", args: [-1, 10, 0.5], expected: 0 },
    { name: "200 fair flips, 100 heads (200! overflows)", args: [100, 200, 0.5], expected: 0.05634847900925642 },
    { name: "1000 fair flips, 500 heads", args: [500, 1000, 0.5], expected: 0.025225018178360802 },
    { name: "1000 fair flips, no heads: 2^-1000", args: [0, 1000, 0.5], expected: 2 ** -1000 },
    { name: "1000 fair flips, all heads: 2^-1000", args: [1000, 1000, 0.5], expected: 2 ** -1000 },
    { name: "1000 fair flips, 2 heads", args: [2, 1000, 0.5], expected: 4.661651774423578e-296 },
    { name: "p^k underflows but the probability does not", args: [330, 1000, 0.1], expected: 1.5532864503372867e-87 },
    { name: "far in the tail: k = 400, n = 1000, p = 0.1", args: [400, 1000, 0.1], expected: 1.743607553349947e-137 },
    { name: "upper tail: k = 170, n = 1000, p = 0.1", args: [170, 1000, 0.1], expected: 3.436179046939157e-12 },
    { name: "lower tail: k = 50, n = 1000, p = 0.1", args: [50, 1000, 0.1], expected: 3.208457329918795e-9 },
    { name: "rare events (close to Poisson(10))", args: [10, 1000, 0.01], expected: 0.12574021112620738 },
    { name: "a tiny p", args: [1, 1000, 1e-10], expected: 9.99999900100005e-8 },
    { name: "p close to 1", args: [999, 1000, 0.999], expected: 0.36806348825922327 },
    { name: "the mode of Binomial(1000, 0.25)", args: [250, 1000, 0.25], expected: 0.029124105883705087 },
    { name: "k = 60, n = 80, p = 0.3", args: [60, 80, 0.3], expected: 1.1958159441595668e-16 },
    { name: "so unlikely that it underflows to 0", args: [900, 1000, 0.1], expected: 0 },
    { name: "p > 1 must throw", tier: "robustness", args: [3, 10, 1.5], throws: true },
    { name: "negative p must throw", tier: "robustness", args: [3, 10, -0.1], throws: true },
    { name: "NaN p must throw", tier: "robustness", args: [3, 10, Number.NaN], throws: true },
    { name: "negative n must throw", tier: "robustness", args: [0, -1, 0.5], throws: true },
    { name: "fractional n must throw", tier: "robustness", args: [1, 2.5, 0.5], throws: true },
    { name: "fractional k must throw", tier: "robustness", args: [1.5, 10, 0.5], throws: true },
  ],
  random: {
    seed: 20261210,
    count: 25,
    args: (fc) =>
      fc
        .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
        .map(([n, kPermille, pPermille]) => [Math.round((kPermille / 1000) * n), n, pPermille / 1000]),
  },
});
