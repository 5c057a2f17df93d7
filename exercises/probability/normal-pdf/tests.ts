import { defineTests } from "@/lib/exercises/test-kit";

/** Reference values computed with mpmath (30 digits), rounded to double precision. */
export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "standard normal at 0: 1 / sqrt(2 pi)", args: [0, 0, 1], expected: 0.3989422804014327 },
    { name: "standard normal at 1", args: [1, 0, 1], expected: 0.24197072451914337 },
    { name: "standard normal at -2", args: [-2, 0, 1], expected: 0.05399096651318805 },
    { name: "N(3, 2^2) at 5 is phi(1) / 2", args: [5, 3, 2], expected: 0.12098536225957168 },
    { name: "a narrow bell is tall: N(-1, 0.5^2) at its mean", args: [-1, -1, 0.5], expected: 0.7978845608028654 },
    { name: "N(1, 1.5^2) at -2.5", args: [-2.5, 1, 1.5], expected: 0.01748125939580633 },
    { name: "a wide bell is flat: N(0, 100^2) at 50", args: [50, 0, 100] },
    { name: "symmetric about the mean (left)", args: [7 - 1.3, 7, 0.8] },
    { name: "symmetric about the mean (right)", args: [7 + 1.3, 7, 0.8] },
    { name: "far tail: 10 standard deviations", args: [10, 0, 1], expected: 7.69459862670642e-23 },
    { name: "so far out that the density underflows to 0", args: [40, 0, 1], expected: 0 },
    { name: "x = -Infinity has density 0", tier: "robustness", args: [-Infinity, 0, 1], expected: 0 },
    { name: "z^2 would overflow: density 0", tier: "robustness", args: [1e200, -1e200, 1], expected: 0 },
    { name: "a tiny sigma at the mean: sigma^2 would underflow", tier: "robustness", args: [0, 0, 1e-170], expected: 3.989422804014327e169 },
    { name: "a tiny sigma, one standard deviation out", tier: "robustness", args: [1e-160, 0, 1e-160], expected: 2.4197072451914335e159 },
    { name: "a tiny sigma far from the mean", tier: "robustness", args: [1e-150, 0, 1e-160], expected: 0 },
    { name: "sigma = 1e-155: sigma^2 is a subnormal number", tier: "robustness", args: [3e-155, 1e-155, 1e-155], expected: 0.05399096651318805 / 1e-155 },
    { name: "a huge sigma", tier: "robustness", args: [1e150, 0, 1e150], expected: 0.24197072451914337 / 1e150 },
    { name: "large x and mu, ordinary sigma", args: [1e6 + 0.5, 1e6, 0.25], expected: 4 * 0.05399096651318805 },
    { name: "sigma = 0 must throw", tier: "robustness", args: [0, 0, 0], throws: true },
    { name: "a negative sigma must throw", tier: "robustness", args: [1, 0, -2], throws: true },
    { name: "an infinite sigma must throw", tier: "robustness", args: [1, 0, Infinity], throws: true },
    { name: "a NaN sigma must throw", tier: "robustness", args: [1, 0, Number.NaN], throws: true },
  ],
  random: {
    seed: 20261208,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
        fc.integer({ min: -500, max: 500 }).map((v) => v / 100),
        fc.integer({ min: 1, max: 500 }).map((v) => v / 100),
      ),
  },
});
