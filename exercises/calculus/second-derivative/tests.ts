import { defineTests, fn } from "@/lib/exercises/test-kit";

const H = 1e-4;
/** Closed form of the central second difference of sin(kx): -sin(kx) (2 sin(kh/2) / h)^2. */
const sinSecondDifference = (k: number, x: number, h: number) => -Math.sin(k * x) * ((2 * Math.sin((k * h) / 2)) / h) ** 2;

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms of the central second difference itself: they include its O(h^2) error.
    { name: "x^2 has second derivative 2 everywhere", args: [fn("x => x * x"), 0.75], expected: 2 },
    { name: "exp at 0: (2 sinh(h/2) / h)^2", args: [fn("x => Math.exp(x)"), 0], expected: 1.0000000008333334 },
    { name: "sin at pi/2: -1", args: [fn("x => Math.sin(x)"), Math.PI / 2], expected: sinSecondDifference(1, Math.PI / 2, H) },
    { name: "cos at 0: the top of the curve bends down", args: [fn("x => Math.cos(x)"), 0], expected: -0.9999999991666667 },
    { name: "a straight line has no curvature", args: [fn("x => 2 - 0.5 * x"), 1.25], expected: 0 },
    { name: "x^3 at 0: an inflection point", args: [fn("x => x ** 3"), 0], expected: 0 },
    { name: "exp(3x) at 0.5: third derivative large", args: [fn("x => Math.exp(3 * x)"), 0.5], expected: 40.335201935556597 },
    { name: "x^3 at 1: 6x", args: [fn("x => x ** 3"), 1], expected: 6 },
    {
      name: "sin(300x): a fast oscillation, the h^2 error is visible",
      args: [fn("x => Math.sin(300 * x)"), 0.005],
      expected: sinSecondDifference(300, 0.005, H),
    },
    { name: "1e6 x^4 at 0: the h^2 term of the central difference (12x^2 + 2h^2)", args: [fn("x => 1e6 * x ** 4"), 0], expected: 2e6 * H * H },
    { name: "|x| at its kink: 2/h", args: [fn("x => Math.abs(x)"), 0], expected: 2 / H },
    { name: "x^4 at 1 with h = 0.5: 12x^2 + 2h^2 = 12.5", args: [fn("x => x ** 4"), 1, 0.5], expected: 12.5 },
    { name: "exp at 1 with h = 0.5", args: [fn("x => Math.exp(x)"), 1, 0.5], expected: 2.77538673648041 },
    { name: "sin at 1 with h = 0.1", args: [fn("x => Math.sin(x)"), 1, 0.1], expected: -0.8407699926874285 },
    { name: "x^2 far from 0 with h = 1: exactly 2", args: [fn("x => x * x"), 1000, 1], expected: 2 },
    { name: "a logistic curve with h = 0.01", args: [fn("x => 1 / (1 + Math.exp(-x))"), -1.5, 0.01] },
    { name: "h = 0 must throw", tier: "robustness", args: [fn("x => x * x"), 1, 0], throws: true },
    { name: "a negative h must throw", tier: "robustness", args: [fn("x => x * x"), 1, -1e-4], throws: true },
  ],
  random: {
    seed: 20261203,
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
            fn("x => Math.cos(30 * x)"),
            fn("x => Math.log1p(x * x)"),
          ),
          fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
          fc.constantFrom<number | null>(null, null, 1e-3, 0.01, 0.1, 0.5),
        )
        .map(([f, x, h]) => (h === null ? [f, x] : [f, x, h])),
  },
});
