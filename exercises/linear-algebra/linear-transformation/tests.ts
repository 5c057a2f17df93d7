import { defineTests } from "@/lib/exercises/test-kit";
import { rotation } from "../test-data";

const circle = Array.from({ length: 12 }, (_, i) => [Math.cos((i * Math.PI) / 6), Math.sin((i * Math.PI) / 6)]);
const cloud = Array.from({ length: 50 }, (_, i) => [Math.sin(i), Math.cos(2 * i), Math.round(10 * Math.sin(3 * i)) / 10]);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "quarter turn of the unit square's corners",
      args: [
        [
          [0, -1],
          [1, 0],
        ],
        [
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
      expected: [
        [0, 1],
        [-1, 1],
        [-1, 0],
      ],
    },
    {
      name: "a single point rotated a quarter turn",
      args: [
        [
          [0, -1],
          [1, 0],
        ],
        [[1, 0]],
      ],
      expected: [[0, 1]],
    },
    {
      name: "scaling by 2 and 3",
      args: [
        [
          [2, 0],
          [0, 3],
        ],
        [
          [1, 1],
          [-1, 2],
        ],
      ],
      expected: [
        [2, 3],
        [-2, 6],
      ],
    },
    {
      name: "a horizontal shear",
      args: [
        [
          [1, 1.5],
          [0, 1],
        ],
        [
          [0, 1],
          [2, 2],
        ],
      ],
      expected: [
        [1.5, 1],
        [5, 2],
      ],
    },
    {
      name: "reflection across the line y = x",
      args: [
        [
          [0, 1],
          [1, 0],
        ],
        [
          [3, -1],
          [0.5, 2],
        ],
      ],
      expected: [
        [-1, 3],
        [2, 0.5],
      ],
    },
    {
      name: "a general 2 x 2 matrix",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 0],
          [0, 1],
          [2, -1],
        ],
      ],
      expected: [
        [1, 3],
        [2, 4],
        [0, 2],
      ],
    },
    {
      name: "rotation by 30 degrees keeps a circle a circle",
      args: [rotation(Math.PI / 6), circle],
      expected: circle.map((_, i) => [Math.cos(((i + 1) * Math.PI) / 6), Math.sin(((i + 1) * Math.PI) / 6)]),
    },
    {
      name: "3-D to 2-D: dropping z",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      expected: [
        [1, 2],
        [4, 5],
      ],
    },
    {
      name: "a general 2 x 3 matrix",
      args: [
        [
          [1, 2, 3],
          [0, -1, 1],
        ],
        [
          [1, 1, 1],
          [2, 0, -1],
        ],
      ],
      expected: [
        [6, 0],
        [-1, -1],
      ],
    },
    {
      name: "2-D to 3-D: an embedding",
      args: [
        [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        [
          [2, 3],
          [-1, 1],
        ],
      ],
      expected: [
        [2, 3, 5],
        [-1, 1, 0],
      ],
    },
    {
      name: "a 1 x 3 matrix sums the coordinates",
      args: [
        [[1, 1, 1]],
        [
          [1, 2, 3],
          [-1, 0, 1],
        ],
      ],
      expected: [[6], [0]],
    },
    {
      name: "translation in homogeneous coordinates",
      args: [
        [
          [1, 0, 5],
          [0, 1, -2],
          [0, 0, 1],
        ],
        [
          [0, 0, 1],
          [1, 1, 1],
        ],
      ],
      expected: [
        [5, -2, 1],
        [6, -1, 1],
      ],
    },
    {
      name: "the identity leaves points in place",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        [
          [1.5, -2, 3],
          [0, 0, 7],
        ],
      ],
      expected: [
        [1.5, -2, 3],
        [0, 0, 7],
      ],
    },
    {
      name: "the zero matrix sends everything to the origin",
      args: [
        [
          [0, 0],
          [0, 0],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: [
        [0, 0],
        [0, 0],
      ],
    },
    { name: "1 x 1: multiplying numbers", args: [[[-2]], [[3], [0.5]]], expected: [[-6], [-1]] },
    {
      name: "as many points as coordinates (3 points in 3-D)",
      args: [
        [
          [2, 0, 1],
          [0, 1, 0],
          [1, 0, 3],
        ],
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      expected: [
        [5, 2, 10],
        [14, 5, 22],
        [23, 8, 34],
      ],
    },
    {
      name: "50 points in 3-D, a full 3 x 3 matrix",
      args: [
        [
          [0.5, -1, 2],
          [1, 0.25, 0],
          [-1.5, 2, 1],
        ],
        cloud,
      ],
    },
    {
      name: "huge and tiny entries",
      args: [
        [
          [1e150, 0],
          [0, 1e-150],
        ],
        [
          [1e150, 1e-150],
          [2, 3],
        ],
      ],
      expected: [
        [1e300, 1e-300],
        [2e150, 3e-150],
      ],
    },
    {
      name: "no points: no images",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [],
      ],
      expected: [],
    },
    {
      name: "a point with too few coordinates must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[1, 2]],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "a point with too many coordinates must throw",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2, 3]],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "one bad point among good ones must throw",
      args: [
        [
          [1, 0],
          [0, 1],
        ],
        [[1, 2], [3, 4], [5]],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "points sized for M's rows, not its columns, must throw",
      args: [
        [
          [1, 0, 0],
          [0, 1, 0],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      throws: true,
      tier: "required",
    },
    { name: "a matrix with no rows (its number of columns is unknown) must throw", args: [[], [[1, 2]]], throws: true, tier: "robustness" },
    { name: "a ragged matrix must throw", args: [[[1, 2], [3]], [[1, 1]]], throws: true, tier: "robustness" },
    {
      name: "a ragged matrix with a longer second row must throw",
      args: [
        [
          [1, 2],
          [3, 4, 5],
        ],
        [[1, 1]],
      ],
      throws: true,
      tier: "robustness",
    },
  ],
  random: {
    seed: 20261208,
    count: 25,
    args: (fc) =>
      fc
        .record({
          m: fc.integer({ min: 1, max: 4 }),
          n: fc.integer({ min: 1, max: 4 }),
          k: fc.integer({ min: 0, max: 6 }),
          values: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 40, maxLength: 40 }),
        })
        .map(({ m, n, k, values }) => [
          Array.from({ length: m }, (_, r) => values.slice(r * n, r * n + n).map((v) => v / 100)),
          Array.from({ length: k }, (_, p) => values.slice(16 + p * n, 16 + p * n + n).map((v) => v / 10)),
        ]),
  },
});
