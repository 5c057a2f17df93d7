import { defineTests, fn } from "@/lib/exercises/test-kit";
import { square } from "../test-data";

const normal = fn("x => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)");
const uniform01 = fn("x => (x >= 0 && x <= 1 ? 1 : 0)");
const exponential = fn("x => (x >= 0 ? Math.exp(-x) : 0)");
/** Gamma(2, 1): x e^-x for x >= 0, continuous at 0 (unlike the exponential density). */
const gamma2 = fn("x => (x >= 0 ? x * Math.exp(-x) : 0)");
const beta22 = fn("x => (x >= 0 && x <= 1 ? 6 * x * (1 - x) : 0)");
const identity = fn("x => x");
const one = fn("x => 1");

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "uniform on [0, 1]: E[X] = 1/2", args: [uniform01, identity, 0, 1, 2], expected: 0.5 },
    { name: "uniform on [0, 1]: E[X^3] = 1/4 (Simpson is exact for cubics)", args: [uniform01, fn("x => x ** 3"), 0, 1, 2], expected: 0.25 },
    { name: "uniform on [0, 2] (density 1/2): E[X^2] = 4/3", args: [fn("x => 0.5"), square, 0, 2, 4], expected: 4 / 3 },
    { name: "standard normal: the total probability is 1", args: [normal, one, -8, 8, 800], expected: 1 },
    { name: "standard normal: E[X] = 0 by symmetry", args: [normal, identity, -8, 8, 800], expected: 0 },
    { name: "standard normal: E[X^2] = 1 (the variance)", args: [normal, square, -8, 8, 1600], expected: 1 },
    { name: "standard normal: E[e^X] = e^(1/2) (log-normal mean)", args: [normal, fn("x => Math.exp(x)"), -10, 10, 2000], expected: Math.exp(0.5) },
    { name: "exponential(1): E[X] = 1", args: [exponential, identity, 0, 40, 4000], expected: 1 - 41 * Math.exp(-40) },
    { name: "Beta(2, 2): E[X^2] = 0.3", args: [beta22, square, 0, 1, 100], expected: 0.3 },
    { name: "standard normal: E[|X|] = sqrt(2 / pi)", args: [normal, fn("x => Math.abs(x)"), -8, 8, 800], expected: Math.sqrt(2 / Math.PI) },
    { name: "a truncated range is not renormalised: the normal on [0, 8] with g = 1 gives 1/2", args: [normal, one, 0, 8, 800], expected: 0.5 },
    { name: "a truncated range is not renormalised: E[X 1{X > 0}] = 1/sqrt(2 pi)", args: [normal, identity, 0, 8, 800], expected: 1 / Math.sqrt(2 * Math.PI) },
    { name: "a density that is not normalised is used as given (2 on [0, 1])", args: [fn("x => 2"), identity, 0, 1, 2], expected: 1 },
    { name: "one parabola on a coarse grid: the normal on [0, 1] with n = 2", args: [normal, one, 0, 1, 2] },
    { name: "a coarse grid: exponential, E[X^2] on [0, 10] with n = 10", args: [exponential, square, 0, 10, 10] },
    { name: "reversed limits give the opposite sign", args: [uniform01, identity, 1, 0, 2], expected: -0.5 },
    { name: "a = b gives 0", args: [normal, square, 1, 1, 4], expected: 0 },
    { name: "large magnitudes: E[1e6 X] for the uniform on [0, 1]", args: [uniform01, fn("x => 1e6 * x"), 0, 1, 4], expected: 5e5 },
    { name: "an odd n must throw", tier: "required", args: [normal, identity, -8, 8, 801], throws: true },
    { name: "n = 0 must throw", tier: "robustness", args: [normal, identity, -8, 8, 0], throws: true },
    { name: "a negative n must throw", tier: "robustness", args: [normal, identity, -8, 8, -2], throws: true },
    { name: "a fractional n must throw", tier: "robustness", args: [normal, identity, -8, 8, 4.5], throws: true },
  ],
  random: {
    seed: 20261208,
    count: 22,
    args: (fc) =>
      fc.tuple(
        // Densities without a jump: a grid point that lands on a jump (within rounding) would make
        // the result depend on how x_i is computed (a + i h, x += h, lerp).
        fc.constantFrom(normal, gamma2, beta22, fn("x => 0.5 * Math.exp(-Math.abs(x))"), fn("x => 1 / (Math.PI * (1 + x * x))")),
        fc.constantFrom(identity, square, fn("x => Math.cos(x)"), fn("x => Math.abs(x)"), fn("x => Math.exp(x / 2)"), fn("x => x ** 3 - x")),
        fc.integer({ min: -400, max: 100 }).map((v) => v / 100),
        fc.integer({ min: -100, max: 400 }).map((v) => v / 100),
        fc.integer({ min: 1, max: 50 }).map((v) => 2 * v),
      ),
  },
});
