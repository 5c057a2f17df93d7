import { defineTests, fn } from "@/lib/exercises/test-kit";

const bowl = fn("x => x.map(v => 2 * v)");
const rosenbrock = fn("x => [-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]), 200 * (x[1] - x[0] * x[0])]");

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "steps = 0 returns only x0", args: [bowl, [3, -4], 0.1, 0], expected: [[3, -4]] },
    {
      name: "1-D quadratic, halving the distance to the minimum",
      args: [fn("x => [2 * (x[0] - 3)]"), [10], 0.25, 4],
      expected: [[10], [6.5], [4.75], [3.875], [3.4375]],
    },
    {
      name: "gradient that returns its own argument (f = |x|^2 / 2)",
      args: [fn("x => x"), [2, -4, 8], 0.5, 3],
      expected: [
        [2, -4, 8],
        [1, -2, 4],
        [0.5, -1, 2],
        [0.25, -0.5, 1],
      ],
    },
    {
      name: "coupled quadratic (every coordinate of the gradient uses the whole point)",
      args: [fn("x => [2 * x[0] + x[1], x[0] + 4 * x[1]]"), [1, -1], 0.2, 10],
    },
    { name: "Rosenbrock valley, small learning rate", args: [rosenbrock, [-1.2, 1], 0.001, 40] },
    { name: "learning rate 0 stays at x0", args: [bowl, [0.5, -1.5], 0, 4] },
    { name: "lr = 1 on f = |x|^2 oscillates between x0 and -x0", args: [bowl, [1, -2], 1, 5] },
    { name: "too large a learning rate diverges geometrically", args: [bowl, [0.001], 1.5, 20] },
    { name: "f = sin(x) slides towards -pi/2", args: [fn("x => [Math.cos(x[0])]"), [0], 0.1, 60] },
    { name: "huge and tiny coordinates", args: [bowl, [1e8, -3e-8], 0.1, 5] },
    { name: "ten coordinates, ill-conditioned", args: [fn("x => x.map((v, i) => (i + 1) * v)"), [1, -1, 2, -2, 3, -3, 0.5, -0.5, 0.25, 4], 0.05, 8] },
    { name: "negative steps must throw", tier: "robustness", args: [bowl, [1, 2], 0.1, -1], throws: true },
    { name: "fractional steps must throw", tier: "robustness", args: [bowl, [1, 2], 0.1, 2.5], throws: true },
    { name: "an empty x0 gives steps + 1 empty points", args: [fn("x => x"), [], 0.1, 3], expected: [[], [], [], []] },
    { name: "grad returning too few values must throw", tier: "robustness", args: [fn("x => [2 * x[0]]"), [1, 2], 0.1, 3], throws: true },
    { name: "grad returning too many values must throw", tier: "robustness", args: [fn("x => [2 * x[0], 2 * x[1], 0]"), [1, 2], 0.1, 3], throws: true },
  ],
  random: {
    seed: 20261122,
    count: 20,
    args: (fc) =>
      fc.tuple(
        fc.constantFrom(
          bowl,
          fn("x => x.map((v, i) => (i + 1) * v)"),
          fn("x => { const s = x.reduce((a, b) => a + b, 0); return x.map(v => v + 0.5 * s); }"),
          fn("x => x.map(v => Math.tanh(v))"),
          fn("x => { const s = x.reduce((a, b) => a + b, 0); const p = 1 / (1 + Math.exp(-s)); return x.map(v => v + p); }"),
          fn("x => x.map(v => v - 1)"),
        ),
        fc.array(
          fc.integer({ min: -500, max: 500 }).map((v) => v / 100),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 1, max: 50 }).map((v) => v / 100),
        fc.integer({ min: 0, max: 25 }),
      ),
  },
});
