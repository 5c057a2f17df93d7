import { defineTests } from "@/lib/exercises/test-kit";
import { grid, ramp } from "../test-data";

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Shapes and the meaning of the kernel.
    {
      name: "asymmetric kernel: cross-correlation, not convolution",
      args: [
        ramp(3, 3),
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: [
        [37, 47],
        [67, 77],
      ],
    },
    {
      name: "1x1 kernel scales every pixel",
      args: [
        [
          [1, -2, 3, 0.5],
          [4, 5, -6, 7],
        ],
        [[2.5]],
      ],
      expected: [
        [2.5, -5, 7.5, 1.25],
        [10, 12.5, -15, 17.5],
      ],
    },
    {
      name: "1x1 kernel with stride 2 subsamples rows and columns",
      args: [ramp(5, 4), [[1]], 2],
      expected: [
        [1, 3],
        [9, 11],
        [17, 19],
      ],
    },
    {
      name: "1x1 kernel with padding 1 adds a zero border",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [[-1]],
        1,
        1,
      ],
      expected: [
        [0, 0, 0, 0],
        [0, -1, -2, 0],
        [0, -3, -4, 0],
        [0, 0, 0, 0],
      ],
    },
    {
      name: "kernel equal to the image gives a single output",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [0.5, -1, 2],
          [1, 0, -0.25],
        ],
      ],
      expected: [[7]],
    },
    {
      name: "kernel equal to the image with padding 1",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        1,
        1,
      ],
    },
    {
      name: "kernel larger than the image but not than the padded image",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 0, -1],
          [2, 0, -2],
          [1, 0, -1],
        ],
        1,
        1,
      ],
      expected: [
        [-8, 5],
        [-10, 7],
      ],
    },
    { name: "tall kernel on a single-row image, padding 1", args: [[[3, -1, 4, 1, -5]], [[1], [10], [100]], 1, 1] },
    {
      name: "non-square image and non-square kernel",
      args: [
        grid(5, 8, 0.3),
        [
          [1, -1, 2],
          [0.5, 0, -3],
        ],
      ],
    },
    { name: "tall image, wide kernel", args: [grid(9, 4, 2.1), [[1, 2, 3, 4]]] },
    // Padding and stride combinations.
    {
      name: "stride 2, padding 1: a 5x5 image becomes 3x3",
      args: [
        grid(5, 5, 1),
        [
          [1, 0, -1],
          [2, 0, -2],
          [1, 0, -1],
        ],
        2,
        1,
      ],
    },
    {
      name: "stride 2 with no padding: the partial last window is dropped",
      args: [
        grid(6, 6, 0.5),
        [
          [1, 2, 1],
          [0, 0, 0],
          [-1, -2, -1],
        ],
        2,
      ],
    },
    {
      name: "stride 2 on a non-square image: the column count differs from the row count",
      args: [
        grid(6, 9, 3.2),
        [
          [1, -1],
          [2, 0.5],
        ],
        2,
      ],
    },
    {
      name: "stride 3, padding 2, non-square image and kernel",
      args: [
        grid(7, 10, 1.7),
        [
          [1, -2, 0.5],
          [3, 1, -1],
        ],
        3,
        2,
      ],
    },
    {
      name: "stride larger than the image keeps only the first window",
      args: [
        ramp(4, 4),
        [
          [1, 1],
          [1, 1],
        ],
        5,
      ],
      expected: [[14]],
    },
    {
      name: "stride given, padding left to its default",
      args: [
        ramp(5, 5),
        [
          [1, -1],
          [-1, 1],
        ],
        2,
      ],
    },
    {
      name: "padding given, stride undefined (default 1)",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 2],
          [3, 4],
        ],
        undefined,
        1,
      ],
      expected: [
        [4, 11, 18, 9],
        [18, 37, 47, 21],
        [8, 14, 17, 6],
      ],
    },
    {
      name: "padding larger than the kernel: the outer ring sees only zeros",
      args: [
        [
          [2, -3],
          [5, 7],
        ],
        [[1, 10]],
        1,
        2,
      ],
    },
    { name: "padding 3, stride 2 and a 4x4 kernel on a 3x3 image", args: [ramp(3, 3), grid(4, 4, 0.9), 2, 3] },
    { name: "padding 1 on a 6x6 image with a 3x3 kernel keeps 6x6", args: [grid(6, 6, 2.4), grid(3, 3, 0.6), 1, 1] },
    {
      name: "padding 2 with a 3x3 kernel grows a 4x5 image to 6x7",
      args: [
        grid(4, 5, 1.9),
        [
          [1, 0, -1],
          [0, 2, 0],
          [-1, 0, 1],
        ],
        1,
        2,
      ],
    },
    { name: "padding 1 with a 1x3 kernel and stride 2", args: [grid(5, 7, 0.8), [[1, -2, 1]], 2, 1] },
    {
      name: "padding 1 with a 2x2 kernel: the border sums only part of the kernel",
      args: [
        ramp(3, 4),
        [
          [1, 2],
          [3, 4],
        ],
        1,
        1,
      ],
    },
    {
      name: "padding 2, stride 3, 2x3 kernel on an 8x8 image",
      args: [
        grid(8, 8, 3.3),
        [
          [0.5, -1, 2],
          [1, 1, -0.5],
        ],
        3,
        2,
      ],
    },
    // Numbers.
    {
      name: "Sobel filter finds a vertical edge",
      args: [
        [
          [0, 0, 0, 9, 9, 9],
          [0, 0, 0, 9, 9, 9],
          [0, 0, 0, 9, 9, 9],
          [0, 0, 0, 9, 9, 9],
        ],
        [
          [-1, 0, 1],
          [-2, 0, 2],
          [-1, 0, 1],
        ],
      ],
      expected: [
        [0, 36, 36, 0],
        [0, 36, 36, 0],
      ],
    },
    {
      name: "large magnitudes (exact in doubles)",
      args: [
        [
          [1e6, -2e6, 3e6],
          [-4e6, 5e6, -6e6],
          [7e6, -8e6, 9e6],
        ],
        [
          [1000, -1000],
          [-2000, 3000],
        ],
        1,
        1,
      ],
    },
    {
      name: "positive and negative terms cancel exactly",
      args: [
        [
          [1, 1, 1],
          [1, 1, 1],
        ],
        [
          [1, -1],
          [-1, 1],
        ],
      ],
      expected: [[0, 0]],
    },
    { name: "28x28 image, 5x5 kernel (LeNet's first layer)", args: [grid(28, 28, 0.2), grid(5, 5, 4.4)] },
    { name: "28x28 image, 3x3 kernel, stride 2, padding 1", args: [grid(28, 28, 1.1), grid(3, 3, 2.7), 2, 1] },
    // Bad arguments.
    {
      name: "kernel larger than the image without padding must throw",
      tier: "robustness",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ],
      ],
      throws: true,
    },
    { name: "kernel wider than the padded image must throw", tier: "robustness", args: [ramp(3, 3), [[1, 1, 1, 1, 1, 1]], 1, 1], throws: true },
    { name: "non-integer stride must throw", tier: "robustness", args: [ramp(4, 4), [[1]], 1.5], throws: true },
    { name: "negative padding must throw", tier: "robustness", args: [ramp(3, 3), [[1]], 1, -1], throws: true },
    { name: "non-integer padding must throw", tier: "robustness", args: [ramp(3, 3), [[1]], 1, 0.5], throws: true },
    {
      name: "ragged image rows must throw",
      tier: "robustness",
      args: [
        [
          [1, 2, 3],
          [4, 5],
        ],
        [[1]],
      ],
      throws: true,
    },
    { name: "ragged kernel rows must throw", tier: "robustness", args: [ramp(3, 3), [[1, 2], [3]]], throws: true },
    { name: "empty image must throw", tier: "robustness", args: [[], [[1]]], throws: true },
    { name: "image with empty rows must throw", tier: "robustness", args: [[[]], [[1]]], throws: true },
    { name: "empty kernel must throw", tier: "robustness", args: [ramp(2, 2), []], throws: true },
    { name: "kernel with empty rows must throw", tier: "robustness", args: [ramp(2, 2), [[]]], throws: true },
    { name: "negative stride must throw", tier: "robustness", args: [ramp(3, 3), [[1]], -1], throws: true },
    { name: "stride 0 must throw", tier: "robustness", args: [ramp(3, 3), [[1]], 0], throws: true },
  ],
  random: {
    seed: 20261207,
    count: 25,
    // Shapes first, then pixels and weights as flat arrays cut into rows: every part shrinks
    // on its own (dimensions toward 1, stride toward 1, padding toward 0, values toward 0).
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 0, max: 2 }),
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            { minLength: 144, maxLength: 144 },
          ),
          fc.array(
            fc.integer({ min: -500, max: 500 }).map((v) => v / 100),
            { minLength: 25, maxLength: 25 },
          ),
        )
        .map(([h, w, khWanted, kwWanted, stride, padding, pixels, weights]) => {
          // The kernel fits the unpadded image here: kernels that fit only once padded have
          // their own fixed cases, and padding then changes the output's shape and its border.
          const kh = Math.min(khWanted, h);
          const kw = Math.min(kwWanted, w);
          const image = Array.from({ length: h }, (_, r) => pixels.slice(r * w, r * w + w));
          const kernel = Array.from({ length: kh }, (_, r) => weights.slice(r * kw, r * kw + kw));
          return [image, kernel, stride, padding];
        }),
  },
});
