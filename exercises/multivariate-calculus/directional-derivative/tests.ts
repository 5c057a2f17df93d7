import { defineTests, fn } from "@/lib/exercises/test-kit";

const bowl = fn("x => x[0] * x[0] + x[1] * x[1]");
const quad = fn("x => x[0] * x[0] + 3 * x[1]");
const softmax = [1, 2, 3].map((v) => Math.exp(v) / (Math.exp(1) + Math.exp(2) + Math.exp(3)));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "quadratic along (3, 4)", args: [quad, [1, 2], [3, 4]], expected: 3.6 },
    { name: "the length of v does not matter: (6, 8)", args: [quad, [1, 2], [6, 8]], expected: 3.6 },
    { name: "a short v: (0.03, 0.04)", args: [quad, [1, 2], [0.03, 0.04]], expected: 3.6 },
    { name: "a tiny v: (3e-9, 4e-9)", args: [quad, [1, 2], [3e-9, 4e-9]], expected: 3.6 },
    { name: "a huge v: (3e6, 4e6)", args: [quad, [1, 2], [3e6, 4e6]], expected: 3.6 },
    { name: "along the gradient: the slope is |grad f|", args: [bowl, [3, 4], [3, 4]], expected: 10 },
    { name: "against the gradient: -|grad f|", args: [bowl, [3, 4], [-0.3, -0.4]], expected: -10 },
    { name: "perpendicular to the gradient: zero (a level curve)", args: [bowl, [3, 4], [-4, 3]], expected: 0 },
    {
      name: "a unit coordinate direction gives the partial derivative",
      args: [fn("x => Math.exp(x[0]) * Math.cos(x[1])"), [0, 0.5], [0, 5]],
      expected: -Math.sin(0.5),
    },
    { name: "steep bowl at its minimum: zero in every direction", args: [fn("x => 500 * (x[0] - 1) ** 2 + x[1] * x[1]"), [1, 0], [1, 1]], expected: 0 },
    { name: "steep exponential", args: [fn("x => Math.exp(8 * x[0] - 4 * x[1])"), [0.25, 0.25], [2, -1]], expected: (20 / Math.sqrt(5)) * Math.exp(1) },
    { name: "product of three coordinates along (1, 2, 2)", args: [fn("x => x[0] * x[1] * x[2]"), [1, 2, 3], [1, 2, 2]], expected: 16 / 3 },
    {
      name: "log-sum-exp along (1, 0, -1)",
      args: [fn("x => Math.log(x.reduce((s, v) => s + Math.exp(v), 0))"), [1, 2, 3], [1, 0, -1]],
      expected: (softmax[0] - softmax[2]) / Math.SQRT2,
    },
    { name: "one dimension, negative direction", args: [fn("x => Math.sin(x[0])"), [0.5], [-2]], expected: -Math.cos(0.5) },
    {
      name: "Rosenbrock along (1, -1)",
      args: [fn("x => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2"), [-1.2, 1], [1, -1]],
      expected: -127.6 / Math.SQRT2,
    },
    { name: "huge function values", args: [fn("x => 1e6 * x[0] * x[0] + x[1]"), [1e-3, 5], [1, 1]], expected: 2001 / Math.SQRT2 },
    { name: "five coordinates", args: [fn("x => x.reduce((s, v, i) => s + Math.cos((i + 1) * v), 0)"), [0.1, -0.2, 0.3, -0.4, 0.5], [1, -1, 2, 0, 3]] },
    { name: "a v of size 1e-200: (3e-200, 4e-200) still has a direction", tier: "robustness", args: [quad, [1, 2], [3e-200, 4e-200]], expected: 3.6 },
    { name: "a v of size 1e200: (3e200, 4e200), whose squares overflow", tier: "robustness", args: [quad, [1, 2], [3e200, 4e200]], expected: 3.6 },
    { name: "zero direction must throw", tier: "required", args: [quad, [1, 2], [0, 0]], throws: true },
    { name: "zero direction in three dimensions must throw", tier: "required", args: [fn("x => x[0] + x[1] + x[2]"), [1, 2, 3], [0, 0, 0]], throws: true },
    { name: "v longer than x must throw", tier: "required", args: [quad, [1, 2], [1, 2, 3]], throws: true },
    { name: "v shorter than x must throw", tier: "required", args: [fn("x => x[0] + x[1] + x[2]"), [1, 2, 3], [1, 2]], throws: true },
    { name: "empty x and v must throw", tier: "required", args: [fn("x => 0"), [], []], throws: true },
  ],
  random: {
    seed: 20261202,
    count: 20,
    args: (fc) =>
      fc
        .tuple(
          fc.constantFrom(
            fn("x => x.reduce((s, v, i) => s + (i + 1) * v * v, 0)"),
            fn("x => Math.exp(x.reduce((s, v, i) => s + (i % 2 === 0 ? v : -v), 0))"),
            fn("x => x.reduce((s, v, i) => s + Math.sin(5 * v + i), 0)"),
            fn("x => Math.log(1 + x.reduce((s, v) => s + v * v, 0))"),
            fn("x => 40 * x.reduce((s, v) => s + v * v, 0) + x.reduce((p, v) => p * v, 1)"),
            fn("x => x.slice(1).reduce((s, v, i) => s + 100 * (v - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2, 0)"),
          ),
          fc.integer({ min: 1, max: 4 }),
          fc.array(
            fc.integer({ min: -200, max: 200 }).map((v) => v / 100),
            { minLength: 4, maxLength: 4 },
          ),
          fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 4, maxLength: 4 }),
          fc.constantFrom(1, 1, 0.01, 100),
        )
        .map(([f, n, xs, vs, scale]) => {
          const v = vs.slice(0, n).map((value) => value * scale);
          if (!v.some((value) => value !== 0)) v[0] = scale;
          return [f, xs.slice(0, n), v];
        }),
  },
});
