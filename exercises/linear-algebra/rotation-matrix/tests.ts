import { defineTests } from "@/lib/exercises/test-kit";

const h = Math.SQRT1_2;
const r3 = Math.sqrt(3) / 2;

// Expected values: exact trigonometric values, or cos/sin of the angle to 30 digits (mpmath).
export default defineTests({
  fixed: [
    { name: "theta = 0 is the identity", args: [0], expected: [[1, 0], [0, 1]] },
    { name: "a quarter turn counter-clockwise", args: [Math.PI / 2], expected: [[0, -1], [1, 0]] },
    { name: "a half turn", args: [Math.PI], expected: [[-1, 0], [0, -1]] },
    { name: "three quarter turns", args: [(3 * Math.PI) / 2], expected: [[0, 1], [-1, 0]] },
    { name: "a quarter turn clockwise (negative angle)", args: [-Math.PI / 2], expected: [[0, 1], [-1, 0]] },
    { name: "30 degrees", args: [Math.PI / 6], expected: [[r3, -0.5], [0.5, r3]] },
    { name: "45 degrees", args: [Math.PI / 4], expected: [[h, -h], [h, h]] },
    { name: "60 degrees", args: [Math.PI / 3], expected: [[0.5, -r3], [r3, 0.5]] },
    { name: "-45 degrees", args: [-Math.PI / 4], expected: [[h, h], [-h, h]] },
    { name: "a full turn is the identity again", args: [2 * Math.PI], expected: [[1, 0], [0, 1]] },
    { name: "1 radian", args: [1], expected: [[0.5403023058681398, -0.8414709848078965], [0.8414709848078965, 0.5403023058681398]] },
    { name: "-1 radian", args: [-1], expected: [[0.5403023058681398, 0.8414709848078965], [-0.8414709848078965, 0.5403023058681398]] },
    { name: "2.5 radians (second quadrant)", args: [2.5], expected: [[-0.8011436155469337, -0.5984721441039565], [0.5984721441039565, -0.8011436155469337]] },
    { name: "100 radians", args: [100], expected: [[0.8623188722876839, 0.5063656411097588], [-0.5063656411097588, 0.8623188722876839]] },
    { name: "1000 radians", args: [1000], expected: [[0.5623790762907029, -0.8268795405320025], [0.8268795405320025, 0.5623790762907029]] },
    { name: "a tiny angle", args: [1e-10], expected: [[1, -1e-10], [1e-10, 1]] },
    { name: "NaN must throw", args: [NaN], throws: true },
    { name: "Infinity must throw", args: [Infinity], throws: true },
    { name: "-Infinity must throw", args: [-Infinity], throws: true },
  ],
  random: {
    seed: 20261209,
    count: 20,
    // theta in [-10, 10] radians, in steps of 0.001.
    args: (fc) => fc.tuple(fc.integer({ min: -10000, max: 10000 }).map((t) => t / 1000)),
  },
});
