import { defineTests, fn } from "@/lib/exercises/test-kit";

const H = 1e-5;

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms of the central difference itself (not of the derivative): they include its O(h^2) error.
    { name: "sin at 1: cos(1) sin(h)/h", args: [fn("x => Math.sin(x)"), 1], expected: (Math.cos(1) * Math.sin(H)) / H },
    { name: "x^2 at 0: a symmetric difference is exactly 0", args: [fn("x => x * x"), 0], expected: 0 },
    { name: "cos at 0: slope 0 at the top of the curve", args: [fn("x => Math.cos(x)"), 0], expected: 0 },
    { name: "|x| at its kink: the central difference gives 0", args: [fn("x => Math.abs(x)"), 0], expected: 0 },
    { name: "exp(10x) at 0: strong curvature", args: [fn("x => Math.exp(10 * x)"), 0], expected: 10.000000016666667 },
    { name: "1e6 x^3 at 0: the h^2 term of the central difference (3x^2 + h^2)", args: [fn("x => 1e6 * x ** 3"), 0], expected: 1e6 * H * H },
    { name: "sin(2000x): a fast oscillation, the h^2 error is visible", args: [fn("x => Math.sin(2000 * x)"), 0.001], expected: -832.2381879591262 },
    { name: "log near 0: ln at x = 0.001", args: [fn("x => Math.log(x)"), 0.001], expected: 1000.0333353334762 },
    { name: "a straight line has the exact slope", args: [fn("x => 3.5 * x - 2"), -7.25], expected: 3.5 },
    { name: "x^3 at 2 with h = 0.1: 3x^2 + h^2 = 12.01", args: [fn("x => x ** 3"), 2, 0.1], expected: 12.01 },
    { name: "exp at 0 with h = 0.5: sinh(0.5)/0.5", args: [fn("x => Math.exp(x)"), 0, 0.5], expected: 1.0421906109874947 },
    { name: "sqrt at 4 with h = 1: (sqrt 5 - sqrt 3) / 2", args: [fn("x => Math.sqrt(x)"), 4, 1], expected: 0.2520085849654562 },
    { name: "tanh at 0 with h = 1e-3", args: [fn("x => Math.tanh(x)"), 0, 1e-3], expected: 0.9999996666668 },
    { name: "large x with a step of 1: x^2 gives exactly 2x", args: [fn("x => x * x"), 1e6, 1], expected: 2e6 },
    { name: "sigmoid at 0 with h = 2", args: [fn("x => 1 / (1 + Math.exp(-x))"), 0, 2] },
    { name: "a cubic with a small given step", args: [fn("x => x ** 3 - 2 * x"), -1.5, 1e-4] },
    { name: "h = 0 must throw", tier: "robustness", args: [fn("x => x * x"), 1, 0], throws: true },
    { name: "a negative h must throw", tier: "robustness", args: [fn("x => x * x"), 1, -0.1], throws: true },
  ],
  random: {
    seed: 20261202,
    count: 22,
    args: (fc) =>
      fc
        .tuple(
          fc.constantFrom(
            fn("x => Math.sin(x)"),
            fn("x => Math.exp(x)"),
            fn("x => x ** 3 - 2 * x"),
            fn("x => Math.tanh(2 * x)"),
            fn("x => 1 / (1 + x * x)"),
            fn("x => Math.sin(300 * x)"),
            fn("x => Math.exp(-x * x) * 1000"),
          ),
          fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
          fc.constantFrom<number | null>(null, null, 1e-3, 0.05, 0.25, 1),
        )
        .map(([f, x, h]) => (h === null ? [f, x] : [f, x, h])),
  },
});
