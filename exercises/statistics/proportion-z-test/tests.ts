import { defineTests } from "@/lib/exercises/test-kit";

// p values below: erfc(|z| / sqrt 2) computed with mpmath at 30 digits.
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "60 heads in 100 tosses of a fair coin: z = 2", args: [60, 100, 0.5], expected: { z: 2, p: 0.04550026389635842 } },
    { name: "exactly as expected: z = 0, p = 1", args: [50, 100, 0.5], expected: { z: 0, p: 1 } },
    { name: "5200 of 10000: z = 4", args: [5200, 10000, 0.5], expected: { z: 4, p: 6.334248366623985e-5 } },
    {
      name: "a single trial (a check of the formula only: n p0 = 0.5 is far too small for the normal approximation)",
      args: [1, 1, 0.5],
      expected: { z: 1, p: 0.3173105078629141 },
    },
    { name: "no successes at all (p_hat = 0)", args: [0, 10, 0.1], expected: { z: -0.1 / Math.sqrt(0.009), p: 0.2918405451437885 } },
    { name: "only successes (p_hat = 1)", args: [10, 10, 0.9], expected: { z: 0.1 / Math.sqrt(0.009), p: 0.29184054514378854 } },
    { name: "no successes in 2000 trials against 1%", args: [0, 2000, 0.01], expected: { z: -4.494665749754947, p: 6.9679310728498306e-6 } },
    { name: "a survey: 560 of 1000", args: [560, 1000, 0.5], expected: { z: 3.794733192202055, p: 0.00014780231033445417 } },
    { name: "33 of 120 against 20%", args: [33, 120, 0.2], expected: { z: 2.0539595906443724, p: 0.039979602946257 } },
    { name: "7 of 50 against 30%: below p0", args: [7, 50, 0.3], expected: { z: -2.4688535993934706, p: 0.013554666064815543 } },
    {
      name: "p0 close to 1, far in the tail: z = 31.6 (p is tiny, below atol)",
      args: [999999, 1000000, 0.999],
      expected: { z: 31.60696125855823, p: 2.962306285464168e-219 },
    },
    {
      name: "3 in a million against 1e-6 (a check of the formula only: n p0 = 1)",
      args: [3, 1000000, 1e-6],
      expected: { z: 2.00000100000075, p: 0.045500155914452375 },
    },
    { name: "click-through rate: 230 of 5000 against 4%", args: [230, 5000, 0.04] },
    { name: "n = 0 must throw", tier: "robustness", args: [0, 0, 0.5], throws: true },
    { name: "a negative n must throw", tier: "robustness", args: [3, -10, 0.5], throws: true },
    { name: "a non-integer n must throw", tier: "robustness", args: [3, 10.5, 0.5], throws: true },
    { name: "negative successes must throw", tier: "robustness", args: [-1, 10, 0.5], throws: true },
    { name: "more successes than trials must throw", tier: "robustness", args: [11, 10, 0.5], throws: true },
    { name: "non-integer successes must throw", tier: "robustness", args: [2.5, 10, 0.5], throws: true },
    { name: "p0 = 0 must throw", tier: "robustness", args: [0, 10, 0], throws: true },
    { name: "p0 = 1 must throw", tier: "robustness", args: [10, 10, 1], throws: true },
    { name: "p0 above 1 must throw", tier: "robustness", args: [5, 10, 1.5], throws: true },
    { name: "a negative p0 must throw", tier: "robustness", args: [5, 10, -0.2], throws: true },
  ],
  random: {
    seed: 20261206,
    count: 25,
    // p0 within about four standard errors of the observed proportion: |z| mostly below 4, so the
    // p values are not all 0.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 2000 }),
          fraction: fc.integer({ min: 0, max: 1000 }),
          offset: fc.integer({ min: -16, max: 16 }),
        })
        .map(({ n, fraction, offset }) => {
          const successes = Math.round((fraction / 1000) * n);
          const p0 = successes / n + (offset / 4) * (0.5 / Math.sqrt(n));
          return [successes, n, Math.min(0.995, Math.max(0.005, Math.round(p0 * 10000) / 10000))];
        }),
  },
});
