import { defineTests } from "@/lib/exercises/test-kit";

const zeroState = (k: number) => ({ m: new Array(k).fill(0), v: new Array(k).fill(0), t: 0 });
const firstGrads = [0.25, -3, 40, -1e-3];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      // From a zero state, m_hat = g and v_hat = g^2, so the step is lr * g / (|g| + eps).
      name: "first step from a zero state (closed form), defaults",
      args: [[1, 2, 3, 4], firstGrads, zeroState(4)],
      expected: {
        params: firstGrads.map((g, i) => i + 1 - (0.001 * g) / (Math.abs(g) + 1e-8)),
        state: { m: firstGrads.map((g) => 0.1 * g), v: firstGrads.map((g) => 0.001 * g * g), t: 1 },
      },
    },
    { name: "tiny gradients, where eps decides the step (defaults)", args: [[0.5, -0.5, 0], [1e-9, -3e-8, 2e-7], zeroState(3)] },
    { name: "tiny gradients with a running state", args: [[1, -1], [4e-7, -2e-6], { m: [3e-7, -1e-6], v: [2e-13, 5e-12], t: 12 }] },
    {
      name: "zero gradient from a zero state does not move",
      args: [[1.5, -2.5], [0, 0], zeroState(2)],
      expected: { params: [1.5, -2.5], state: { m: [0, 0], v: [0, 0], t: 1 } },
    },
    { name: "zero gradient with momentum keeps moving", args: [[1, 1], [0, 0], { m: [0.2, -0.4], v: [0.01, 0.04], t: 5 }, 0.05] },
    { name: "second step (t = 1 -> 2) with defaults", args: [[0.999, -1.999], [0.3, -0.8], { m: [0.05, -0.1], v: [0.00025, 0.001], t: 1 }] },
    { name: "momentum opposing the current gradient", args: [[2, -3, 0.5], [-1, 2, 0.5], { m: [0.8, -1.5, -0.2], v: [0.7, 2.5, 0.05], t: 7 }, 0.01] },
    {
      name: "late in training (t = 10000): the corrections are almost 1",
      args: [[0.3, -0.7], [0.02, -0.05], { m: [0.015, -0.04], v: [0.0004, 0.0023], t: 10000 }],
    },
    { name: "beta1 = beta2 = 0: a sign-like step of size lr", args: [[1, 2, 3], [5, -0.5, 0.01], { m: [9, 9, 9], v: [9, 9, 9], t: 4 }, 0.1, 0, 0] },
    { name: "a large eps damps the step", args: [[1, -1], [0.01, -2], { m: [0.005, -1], v: [0.0001, 3], t: 2 }, 0.1, 0.9, 0.999, 0.1] },
    { name: "large gradients and parameters", args: [[1000, -2500], [3e5, -1e6], { m: [1e5, -5e5], v: [5e10, 8e11], t: 20 }, 0.5] },
    {
      name: "lr left undefined takes its default while beta1 is given",
      args: [[1, -1], [0.4, -0.2], { m: [0.1, 0.1], v: [0.02, 0.01], t: 2 }, undefined, 0.5],
    },
    { name: "no parameters at all", args: [[], [], { m: [], v: [], t: 3 }], expected: { params: [], state: { m: [], v: [], t: 4 } } },
    { name: "grads shorter than params must throw", tier: "required", args: [[1, 2], [0.1], zeroState(2)], throws: true },
    { name: "state.m of the wrong length must throw", tier: "required", args: [[1, 2], [0.1, 0.2], { m: [0], v: [0, 0], t: 0 }], throws: true },
    { name: "state.v of the wrong length must throw", tier: "required", args: [[1, 2], [0.1, 0.2], { m: [0, 0], v: [0, 0, 0], t: 0 }], throws: true },
    { name: "negative t must throw", tier: "robustness", args: [[1], [0.1], { m: [0], v: [0], t: -1 }], throws: true },
    { name: "fractional t must throw", tier: "robustness", args: [[1], [0.1], { m: [0], v: [0], t: 1.5 }], throws: true },
    { name: "beta1 = 1 must throw", tier: "robustness", args: [[1], [0.1], { m: [0], v: [0], t: 0 }, 0.001, 1, 0.999], throws: true },
    { name: "beta2 = 1 must throw", tier: "robustness", args: [[1], [0.1], { m: [0], v: [0], t: 0 }, 0.001, 0.9, 1], throws: true },
    { name: "negative beta2 must throw", tier: "robustness", args: [[1], [0.1], { m: [0], v: [0], t: 0 }, 0.001, 0.9, -0.5], throws: true },
  ],
  random: {
    seed: 20261124,
    count: 25,
    // One tuple per coordinate: parameter, gradient, first and second moment on the gradient's
    // scale 10^e (e from -6 to 2, so eps matters in some cases). `given` picks how many of the
    // optional hyperparameters are passed: none (defaults), lr only, or all four.
    args: (fc) =>
      fc
        .tuple(
          fc.array(
            fc.tuple(
              fc.integer({ min: -500, max: 500 }),
              fc.integer({ min: -1000, max: 1000 }),
              fc.integer({ min: -100, max: 100 }),
              fc.integer({ min: 0, max: 10000 }),
              fc.integer({ min: -6, max: 2 }),
            ),
            { minLength: 1, maxLength: 6 },
          ),
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 0, max: 2 }),
          fc.integer({ min: 1, max: 500 }).map((v) => v / 1000),
          fc.constantFrom(0.9, 0.5, 0, 0.99),
          fc.constantFrom(0.999, 0.9, 0.99, 0),
          fc.constantFrom(1e-8, 1e-6, 1e-3, 0.1),
        )
        .map(([coordinates, t, given, lr, beta1, beta2, eps]) => {
          const params = coordinates.map(([p]) => p / 100);
          const grads = coordinates.map(([, g, , , e]) => (g / 100) * 10 ** e);
          const m = coordinates.map(([, , mi, , e]) => (mi / 100) * 10 ** e);
          const v = coordinates.map(([, , , vi, e]) => (vi / 10000) * 10 ** (2 * e));
          const state = { m, v, t };
          if (given === 0) return [params, grads, state];
          if (given === 1) return [params, grads, state, lr];
          return [params, grads, state, lr, beta1, beta2, eps];
        }),
  },
});
