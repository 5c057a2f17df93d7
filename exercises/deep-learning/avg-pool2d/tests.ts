import { defineTests } from "@/lib/exercises/test-kit";
import { grid, ramp } from "../test-data";

const checkerboard = (h: number, w: number) => Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => ((r + c) % 2 === 0 ? 1 : -1)));

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Window placement and output size.
    {
      name: "size 1 is the identity",
      args: [
        [
          [3, -1, 2],
          [0.5, -7, 4],
        ],
        1,
      ],
      expected: [
        [3, -1, 2],
        [0.5, -7, 4],
      ],
    },
    {
      name: "a window as large as the input gives its mean",
      args: [
        [
          [1, 9, -3],
          [4, 2, 8],
          [-6, 5, 0],
        ],
        3,
      ],
      expected: [[20 / 9]],
    },
    {
      name: "ramp: each mean is the window's centre value",
      args: [ramp(4, 4), 2],
      expected: [
        [3.5, 5.5],
        [11.5, 13.5],
      ],
    },
    {
      name: "default stride: odd sizes drop the last row and column",
      args: [ramp(5, 5), 2],
      expected: [
        [4, 6],
        [14, 16],
      ],
    },
    {
      name: "ramp with 3x3 windows, stride 1",
      args: [ramp(4, 5), 3, 1],
      expected: [
        [7, 8, 9],
        [12, 13, 14],
      ],
    },
    { name: "non-square input, default stride", args: [grid(3, 8, 0.4), 2] },
    { name: "tall input with size 3", args: [grid(10, 4, 1.9), 3] },
    { name: "overlapping windows: size 3, stride 2", args: [grid(7, 7, 2.2), 3, 2] },
    { name: "overlapping windows on a non-square input: size 2, stride 1", args: [grid(4, 6, 0.8), 2, 1] },
    {
      name: "size 1 with stride 2 keeps every other pixel",
      args: [ramp(5, 4), 1, 2],
      expected: [
        [1, 3],
        [9, 11],
        [17, 19],
      ],
    },
    {
      name: "stride larger than the window skips pixels",
      args: [ramp(6, 6), 2, 3],
      expected: [
        [4.5, 7.5],
        [22.5, 25.5],
      ],
    },
    { name: "stride larger than the input keeps only the first window", args: [ramp(4, 5), 2, 10], expected: [[4]] },
    { name: "stride 3 on a non-square input, size 2", args: [grid(8, 11, 3.3), 2, 3] },
    { name: "explicit stride equal to the size matches the default", args: [grid(6, 6, 5.1), 2, 2] },
    { name: "stride passed as undefined takes the default (the size)", args: [grid(6, 9, 0.1), 3, undefined] },
    { name: "3x3 windows on a 7x8 input: the last row and columns are dropped", args: [grid(7, 8, 4.2), 3] },
    // Values.
    {
      name: "a constant input stays constant",
      args: [
        [
          [2.5, 2.5, 2.5, 2.5],
          [2.5, 2.5, 2.5, 2.5],
        ],
        2,
        1,
      ],
      expected: [[2.5, 2.5, 2.5]],
    },
    {
      name: "checkerboard: 2x2 windows average to 0",
      args: [checkerboard(4, 6), 2],
      expected: [
        [0, 0, 0],
        [0, 0, 0],
      ],
    },
    {
      name: "checkerboard: 3x3 windows alternate between 1/9 and -1/9",
      args: [checkerboard(4, 4), 3, 1],
      expected: [
        [1 / 9, -1 / 9],
        [-1 / 9, 1 / 9],
      ],
    },
    {
      name: "all-negative input",
      args: [ramp(4, 4).map((row) => row.map((v) => -v)), 2],
      expected: [
        [-3.5, -5.5],
        [-11.5, -13.5],
      ],
    },
    {
      name: "huge magnitudes",
      tier: "robustness",
      args: [
        [
          [1e300, 3e300],
          [-2e300, 6e300],
        ],
        2,
      ],
      expected: [[2e300]],
    },
    {
      name: "tiny magnitudes",
      tier: "robustness",
      args: [
        [
          [1e-300, 3e-300, 0],
          [5e-300, -1e-300, 2e-300],
        ],
        2,
        1,
      ],
      expected: [[2e-300, 1e-300]],
    },
    { name: "28x28 input, 2x2 pooling (MNIST)", args: [grid(28, 28, 0.6), 2] },
    { name: "28x28 input, size 3, stride 2", args: [grid(28, 28, 2.9), 3, 2] },
    // Bad arguments.
    { name: "non-integer size must throw", tier: "robustness", args: [ramp(4, 4), 1.5], throws: true },
    { name: "size larger than the height must throw", tier: "robustness", args: [ramp(2, 5), 3], throws: true },
    { name: "size larger than the width must throw", tier: "robustness", args: [ramp(5, 2), 3], throws: true },
    { name: "non-integer stride must throw", tier: "robustness", args: [ramp(4, 4), 2, 1.5], throws: true },
    { name: "empty input must throw", tier: "robustness", args: [[], 1], throws: true },
    { name: "input with empty rows must throw", tier: "robustness", args: [[[]], 1], throws: true },
    {
      name: "ragged rows must throw",
      tier: "robustness",
      args: [
        [
          [1, 2, 3],
          [4, 5],
        ],
        1,
      ],
      throws: true,
    },
    { name: "negative size must throw", tier: "robustness", args: [ramp(3, 3), -2], throws: true },
    { name: "negative stride must throw", tier: "robustness", args: [ramp(4, 4), 2, -1], throws: true },
    { name: "size 0 must throw", tier: "robustness", args: [ramp(3, 3), 0], throws: true },
    { name: "stride 0 must throw", tier: "robustness", args: [ramp(4, 4), 2, 0], throws: true },
  ],
  random: {
    seed: 20261215,
    count: 25,
    // Shapes first, values as one flat array cut into rows. A stride code of 0 means "stride
    // omitted" (the default), so the stride shrinks toward the default.
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 0, max: 4 }),
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            { minLength: 144, maxLength: 144 },
          ),
        )
        .map(([h, w, sizeWanted, strideCode, values]) => {
          const size = Math.min(sizeWanted, h, w);
          const x = Array.from({ length: h }, (_, r) => values.slice(r * w, r * w + w));
          return strideCode === 0 ? [x, size] : [x, size, strideCode];
        }),
  },
});
