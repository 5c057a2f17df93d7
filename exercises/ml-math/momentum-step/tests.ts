import { defineTests } from "@/lib/exercises/test-kit";

const g = [0.25, -3, 40, -0.001];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      // From v = 0 the new velocity is the gradient itself: a plain gradient step.
      name: "first step from a zero velocity (closed form)",
      args: [[1, 2, 3, 4], g, [0, 0, 0, 0], 0.01, 0.9],
      expected: { params: g.map((gi, i) => i + 1 - 0.01 * gi), velocity: g },
    },
    {
      // v = g / (1 - beta) is the fixed point of v = beta v + g under a constant gradient.
      name: "steady state: a velocity of g / (1 - beta) stays put",
      args: [[0.5, 1, -1], [1, -2, 0.5], [4, -8, 2], 0.05, 0.75],
      expected: { params: [0.3, 1.4, -1.1], velocity: [4, -8, 2] },
    },
    {
      // After four steps of a constant gradient from rest, v = g (1 - beta^4) / (1 - beta); one more gives (1 - beta^5).
      name: "fifth step of a constant gradient from rest (geometric series)",
      args: [[2], [1], [(1 - 0.5 ** 4) / 0.5], 0.1, 0.5],
      expected: { params: [2 - 0.1 * ((1 - 0.5 ** 5) / 0.5)], velocity: [(1 - 0.5 ** 5) / 0.5] },
    },
    {
      name: "beta = 0 is plain gradient descent",
      args: [[1, -1, 0.5], [2, 0.5, -4], [7, -7, 3], 0.1, 0],
      expected: { params: [0.8, -1.05, 0.9], velocity: [2, 0.5, -4] },
    },
    {
      name: "zero gradient: the parameters coast on the decaying velocity",
      args: [[1, 1], [0, 0], [2, -4], 0.1, 0.9],
      expected: { params: [0.82, 1.36], velocity: [1.8, -3.6] },
    },
    { name: "velocity opposing the gradient (after overshooting a minimum)", args: [[0.3, -0.2, 1.5], [-1.2, 0.8, 0.1], [2.5, -1.5, -0.4], 0.05, 0.9] },
    { name: "lr = 0 keeps the parameters but still updates the velocity", args: [[1.5, -2.5], [0.3, -0.7], [1, 1], 0, 0.9] },
    { name: "beta = 0.99: the velocity dominates", args: [[0.1, 0.2, 0.3], [0.01, -0.02, 0.03], [5, -3, 1], 0.01, 0.99] },
    { name: "large gradients and parameters", args: [[1000, -2500], [3e5, -1e6], [1e5, -5e5], 1e-4, 0.9] },
    { name: "tiny gradients and parameters", args: [[3e-7, -5e-7], [2e-6, 4e-6], [1e-6, -8e-6], 0.1, 0.9] },
    { name: "one parameter", args: [[0], [2.5], [-1.5], 0.2, 0.8] },
    { name: "no parameters at all", args: [[], [], [], 0.1, 0.9], expected: { params: [], velocity: [] } },
    { name: "grads shorter than params must throw", tier: "required", args: [[1, 2], [0.1], [0, 0], 0.1, 0.9], throws: true },
    { name: "grads longer than params must throw", tier: "required", args: [[1, 2], [0.1, 0.2, 0.3], [0, 0], 0.1, 0.9], throws: true },
    { name: "velocity of the wrong length must throw", tier: "required", args: [[1, 2], [0.1, 0.2], [0, 0, 0], 0.1, 0.9], throws: true },
  ],
  random: {
    seed: 20261201,
    count: 20,
    // One tuple per coordinate (parameter, gradient, velocity), then lr and beta.
    args: (fc) =>
      fc
        .tuple(
          fc.array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
            minLength: 1,
            maxLength: 6,
          }),
          fc.integer({ min: 1, max: 500 }).map((v) => v / 1000),
          fc.constantFrom(0.9, 0.5, 0.99, 0, 0.75),
        )
        .map(([coordinates, lr, beta]) => [
          coordinates.map(([p]) => p / 100),
          coordinates.map(([, gi]) => gi / 100),
          coordinates.map(([, , v]) => v / 100),
          lr,
          beta,
        ]),
  },
});
