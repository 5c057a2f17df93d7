import { defineTests } from "@/lib/exercises/test-kit";

const h = Math.SQRT1_2;
const r3 = Math.sqrt(3) / 2;

// Expected values: exact trigonometric values, or cos/sin of the angle to 30 digits (mpmath).
export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "theta = 0 is the identity",
      args: [0],
      expected: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      name: "a quarter turn counter-clockwise",
      args: [Math.PI / 2],
      expected: [
        [0, -1],
        [1, 0],
      ],
    },
    {
      name: "a half turn",
      args: [Math.PI],
      expected: [
        [-1, 0],
        [0, -1],
      ],
    },
    {
      name: "three quarter turns",
      args: [(3 * Math.PI) / 2],
      expected: [
        [0, 1],
        [-1, 0],
      ],
    },
    {
      name: "a quarter turn clockwise (negative angle)",
      args: [-Math.PI / 2],
      expected: [
        [0, 1],
        [-1, 0],
      ],
    },
    {
      name: "30 degrees",
      args: [Math.PI / 6],
      expected: [
        [r3, -0.5],
        [0.5, r3],
      ],
    },
    {
      name: "45 degrees",
      args: [Math.PI / 4],
      expected: [
        [h, -h],
        [h, h],
      ],
    },
    {
      name: "60 degrees",
      args: [Math.PI / 3],
      expected: [
        [0.5, -r3],
        [r3, 0.5],
      ],
    },
    {
      name: "-45 degrees",
      args: [-Math.PI / 4],
      expected: [
        [h, h],
        [-h, h],
      ],
    },
    {
      name: "a full turn is the identity again",
      args: [2 * Math.PI],
      expected: [
        [1, 0],
        [0, 1],
      ],
    },
    {
      name: "1 radian",
      args: [1],
      expected: [
        [0.5403023058681398, -0.8414709848078965],
        [0.8414709848078965, 0.5403023058681398],
      ],
    },
    {
      name: "-1 radian",
      args: [-1],
      expected: [
        [0.5403023058681398, 0.8414709848078965],
        [-0.8414709848078965, 0.5403023058681398],
      ],
    },
    {
      name: "2.5 radians (second quadrant)",
      args: [2.5],
      expected: [
        [-0.8011436155469337, -0.5984721441039565],
        [0.5984721441039565, -0.8011436155469337],
      ],
    },
    {
      name: "100 radians",
      args: [100],
      expected: [
        [0.8623188722876839, 0.5063656411097588],
        [-0.5063656411097588, 0.8623188722876839],
      ],
    },
    {
      name: "1000 radians",
      args: [1000],
      expected: [
        [0.5623790762907029, -0.8268795405320025],
        [0.8268795405320025, 0.5623790762907029],
      ],
    },
    // Tiny angles: sin(theta) is theta itself, a real entry that must not be snapped to 0. The angles are chosen
    // so that the entries stand above atol 1e-9 (a 1e-10 angle could not tell them from the identity).
    {
      name: "a tiny angle, 1e-7 rad: sin is 1e-7, not 0",
      args: [1e-7],
      expected: [
        [1, -1e-7],
        [1e-7, 1],
      ],
    },
    {
      name: "a tiny negative angle, -5e-8 rad: sin is -5e-8, not 0",
      args: [-5e-8],
      expected: [
        [1, 5e-8],
        [-5e-8, 1],
      ],
    },
    {
      name: "a tiny angle, 2e-9 rad: still not the identity",
      args: [2e-9],
      expected: [
        [1, -2e-9],
        [2e-9, 1],
      ],
    },
    {
      name: "a tiny angle, -3e-9 rad: still not the identity",
      args: [-3e-9],
      expected: [
        [1, 3e-9],
        [-3e-9, 1],
      ],
    },
    {
      name: "a tiny angle, 5e-9 rad: still not the identity",
      args: [5e-9],
      expected: [
        [1, -5e-9],
        [5e-9, 1],
      ],
    },
    {
      name: "a tiny angle, -8e-9 rad: still not the identity",
      args: [-8e-9],
      expected: [
        [1, 8e-9],
        [-8e-9, 1],
      ],
    },
    { name: "just past a quarter turn: cos(pi/2 + 1e-7) is -1e-7, not 0", args: [Math.PI / 2 + 1e-7] },
    { name: "just past a quarter turn: cos(pi/2 + 4e-9) is -4e-9, not 0", args: [Math.PI / 2 + 4e-9] },
    { name: "just past a half turn: sin(pi + 6e-9) is -6e-9, not 0", args: [Math.PI + 6e-9] },
    { name: "NaN must throw", args: [NaN], throws: true, tier: "robustness" },
    { name: "Infinity must throw", args: [Infinity], throws: true, tier: "robustness" },
    { name: "-Infinity must throw", args: [-Infinity], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261209,
    count: 20,
    // theta in [-10, 10] radians, in steps of 0.001.
    args: (fc) => fc.tuple(fc.integer({ min: -10000, max: 10000 }).map((t) => t / 1000)),
  },
});
