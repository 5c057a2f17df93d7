import { defineTests, fn } from "@/lib/exercises/test-kit";
import { sin } from "../test-data";

const quartic = fn("x => x ** 4");
/** Simpson of exp over [0, 1] with n subintervals, summed in closed form (geometric series in q = e^h). */
const simpsonExp = (n: number) => {
  const h = 1 / n;
  const q = Math.exp(h);
  const even = (q ** (n + 2) - 1) / (q * q - 1);
  const odd = (q * (q ** n - 1)) / (q * q - 1);
  return (h / 3) * (2 * even + 4 * odd - 1 - q ** n);
};

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a cubic is integrated exactly with n = 2: x^3 on [0, 2]", args: [fn("x => x ** 3"), 0, 2, 2], expected: 4 },
    { name: "a cubic with mixed terms on [-1, 3]", args: [fn("x => x ** 3 - 2 * x * x + 1"), -1, 3, 4], expected: 16 / 3 },
    { name: "x^4 on [0, 1], n = 2: 1/5 + 2h^4/15", args: [quartic, 0, 1, 2], expected: 0.2 + (2 * 0.5 ** 4) / 15 },
    { name: "x^4 on [0, 1], n = 4: 1/5 + 2h^4/15", args: [quartic, 0, 1, 4], expected: 0.2 + (2 * 0.25 ** 4) / 15 },
    { name: "sin on [0, pi], n = 2: 2 pi / 3", args: [sin, 0, Math.PI, 2], expected: (2 * Math.PI) / 3 },
    { name: "sin on [0, pi], n = 4: (pi/12)(4 sqrt 2 + 2)", args: [sin, 0, Math.PI, 4], expected: (Math.PI / 12) * (4 * Math.SQRT2 + 2) },
    { name: "exp on [0, 1], n = 4 (geometric sums)", args: [fn("x => Math.exp(x)"), 0, 1, 4], expected: simpsonExp(4) },
    { name: "exp on [0, 1], n = 10 (geometric sums)", args: [fn("x => Math.exp(x)"), 0, 1, 10], expected: simpsonExp(10) },
    { name: "sin on [0, pi], n = 1000 is 2 to 12 digits", args: [sin, 0, Math.PI, 1000], expected: 2 },
    { name: "reversed limits give the opposite sign", args: [quartic, 1, 0, 4], expected: -(0.2 + (2 * 0.25 ** 4) / 15) },
    { name: "a = b gives 0", args: [sin, 1.5, 1.5, 6], expected: 0 },
    { name: "a constant", args: [fn("x => 7"), -2, 3, 2], expected: 35 },
    { name: "large magnitudes: 1e6 x^2 on [0, 1000]", args: [fn("x => 1e6 * x * x"), 0, 1000, 2], expected: (1e6 * 1e9) / 3 },
    { name: "a kink inside a parabola: |x| on [-1, 3], n = 2", args: [fn("x => Math.abs(x)"), -1, 3, 2], expected: 16 / 3 },
    { name: "a narrow peak on a coarse grid", args: [fn("x => Math.exp(-100 * x * x)"), -1, 1, 4] },
    { name: "many subintervals: a bell curve", args: [fn("x => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)"), -5, 5, 200] },
    { name: "an odd n must throw (3)", tier: "required", args: [sin, 0, 1, 3], throws: true },
    { name: "an odd n must throw (1)", tier: "required", args: [sin, 0, 1, 1], throws: true },
    { name: "n = 0 must throw", tier: "robustness", args: [sin, 0, 1, 0], throws: true },
    { name: "a negative even n must throw", tier: "robustness", args: [sin, 0, 1, -2], throws: true },
    { name: "a fractional n must throw", tier: "robustness", args: [sin, 0, 1, 2.5], throws: true },
  ],
  random: {
    seed: 20261206,
    count: 22,
    args: (fc) =>
      fc.tuple(
        fc.constantFrom(
          quartic,
          sin,
          fn("x => Math.exp(x)"),
          fn("x => 1 / (1 + x * x)"),
          fn("x => Math.abs(x)"),
          fn("x => Math.cos(3 * x)"),
          fn("x => Math.sqrt(x * x + 1)"),
        ),
        fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
        fc.integer({ min: -300, max: 300 }).map((v) => v / 100),
        fc.integer({ min: 1, max: 20 }).map((v) => 2 * v),
      ),
  },
});
