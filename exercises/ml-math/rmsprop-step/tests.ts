import { defineTests } from "@/lib/exercises/test-kit";

const g = [0.25, -3, 40, -1e-3, 2e-7];
const rho = 0.99;
const eps = 1e-8;

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      // From sq = 0: sq = (1 - rho) g^2, so sqrt(sq) = sqrt(1 - rho) |g|.
      name: "first step from a zero state (closed form), PyTorch's defaults rho = 0.99, eps = 1e-8",
      args: [[1, 2, 3, 4, 5], g, [0, 0, 0, 0, 0], 0.01, rho, eps],
      expected: {
        params: g.map((gi, i) => i + 1 - (0.01 * gi) / (Math.sqrt(1 - rho) * Math.abs(gi) + eps)),
        sq: g.map((gi) => (1 - rho) * gi * gi),
      },
    },
    {
      // sq = g^2 is the fixed point of the average under a steady gradient: the step is lr g / (|g| + eps).
      name: "steady state: sq = g^2 stays put and the step is about lr",
      args: [[1, -1, 0], [0.5, -2, 4], [0.25, 4, 16], 0.1, 0.9, 1e-8],
      expected: { params: [1 - 0.05 / (0.5 + 1e-8), -1 + 0.2 / (2 + 1e-8), -0.4 / (4 + 1e-8)], sq: [0.25, 4, 16] },
    },
    {
      name: "zero gradient: the parameters stay, the average decays",
      args: [[1.5, -2.5], [0, 0], [0.3, 2], 0.01, 0.9, 1e-8],
      expected: { params: [1.5, -2.5], sq: [0.27, 1.8] },
    },
    {
      name: "zero gradient on a zero state stays at 0 (eps keeps 0 / 0 away)",
      args: [[0.7], [0], [0], 0.01, 0.99, 1e-8],
      expected: { params: [0.7], sq: [0] },
    },
    {
      name: "rho = 0: only the current gradient, a sign-like step",
      args: [[1, 2, 3], [5, -0.5, 0.01], [9, 9, 9], 0.1, 0, 1e-8],
      expected: { params: [1 - 0.5 / (5 + 1e-8), 2 + 0.05 / (0.5 + 1e-8), 3 - 0.001 / (0.01 + 1e-8)], sq: [25, 0.25, 1e-4] },
    },
    { name: "tiny gradients, where eps decides the step", args: [[0.5, -0.5, 0], [1e-9, -3e-8, 2e-7], [0, 0, 0], 0.01, 0.99, 1e-8] },
    { name: "tiny gradients with a running state", args: [[1, -1], [4e-7, -2e-6], [2e-13, 5e-12], 0.001, 0.9, 1e-8] },
    { name: "Keras's defaults rho = 0.9, eps = 1e-7", args: [[0.3, -0.7, 1.1], [0.02, -0.05, 0.3], [0.0004, 0.0023, 0.1], 0.001, 0.9, 1e-7] },
    { name: "gradient much larger than its history", args: [[0.2, -0.4], [3, -5], [0.01, 0.04], 0.01, 0.9, 1e-8] },
    { name: "gradient much smaller than its history", args: [[0.2, -0.4], [0.001, -0.002], [4, 9], 0.01, 0.9, 1e-8] },
    { name: "a large eps damps the step", args: [[1, -1], [0.01, -2], [0.0001, 3], 0.1, 0.9, 0.1] },
    { name: "large gradients and parameters", args: [[1000, -2500], [3e5, -1e6], [5e10, 8e11], 0.5, 0.99, 1e-8] },
    { name: "no parameters at all", args: [[], [], [], 0.01, 0.99, 1e-8], expected: { params: [], sq: [] } },
    { name: "grads shorter than params must throw", tier: "required", args: [[1, 2], [0.1], [0, 0], 0.01, 0.9, 1e-8], throws: true },
    { name: "grads longer than params must throw", tier: "required", args: [[1, 2], [0.1, 0.2, 0.3], [0, 0], 0.01, 0.9, 1e-8], throws: true },
    { name: "sq of the wrong length must throw", tier: "required", args: [[1, 2], [0.1, 0.2], [0], 0.01, 0.9, 1e-8], throws: true },
  ],
  random: {
    seed: 20261202,
    count: 25,
    // One tuple per coordinate: parameter, gradient and running average on the gradient's
    // scale 10^e (e from -6 to 2, so eps matters in some cases), then lr, rho and eps.
    args: (fc) =>
      fc
        .tuple(
          fc.array(
            fc.tuple(
              fc.integer({ min: -500, max: 500 }),
              fc.integer({ min: -1000, max: 1000 }),
              fc.integer({ min: 0, max: 10000 }),
              fc.integer({ min: -6, max: 2 }),
            ),
            { minLength: 1, maxLength: 6 },
          ),
          fc.integer({ min: 1, max: 500 }).map((v) => v / 10000),
          fc.constantFrom(0.99, 0.9, 0.95, 0),
          fc.constantFrom(1e-8, 1e-7, 1e-6, 1e-3),
        )
        .map(([coordinates, lr, rho, eps]) => [
          coordinates.map(([p]) => p / 100),
          coordinates.map(([, gi, , e]) => (gi / 100) * 10 ** e),
          coordinates.map(([, , s, e]) => (s / 10000) * 10 ** (2 * e)),
          lr,
          rho,
          eps,
        ]),
  },
});
