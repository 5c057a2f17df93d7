import { defineTests } from "@/lib/exercises/test-kit";

// 40 training points in 8 dimensions, 3 classes around three centres; 10 test points.
const centre = (c: number) => Array.from({ length: 8 }, (_, j) => Math.sin(c * 2.1 + j) * 3);
const jitter = (i: number, j: number) => Math.sin(i * 7.31 + j * 1.77) * 1.2;
const highX = Array.from({ length: 40 }, (_, i) => centre(i % 3).map((v, j) => v + jitter(i, j)));
const highY = Array.from({ length: 40 }, (_, i) => i % 3);
const highTest = Array.from({ length: 10 }, (_, t) => centre(t % 3).map((v, j) => v + jitter(t + 100, j) * 1.5));

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "two clusters, k = 3",
      args: [
        [
          [0, 0],
          [0, 1],
          [1, 0],
          [5, 5],
          [5, 6],
          [6, 5],
        ],
        [0, 0, 0, 1, 1, 1],
        [
          [0.2, 0.3],
          [5.5, 5.2],
          [1, 1],
          [4, 4],
        ],
        3,
      ],
      expected: [0, 1, 0, 1],
    },
    // 6.5 is 4.5 away from both 2 and 11: the lower training index wins.
    { name: "k = 1, two points at the same distance: the lower index wins", args: [[[2], [11], [0]], [7, 3, 7], [[6.5]], 1], expected: [7] },
    { name: "the same tie with the training points in the other order", args: [[[11], [2], [0]], [3, 7, 7], [[6.5]], 1], expected: [3] },
    // Distances 1, 2, 2: the second neighbour is index 1 (label 1), not index 2 (label 0).
    { name: "a distance tie at the k-th place", args: [[[1], [-2], [2]], [1, 1, 0], [[0]], 2], expected: [1] },
    {
      name: "a tie at the k-th place between duplicates of one point",
      args: [
        [
          [0, 0],
          [3, 4],
          [3, 4],
          [-3, -4],
        ],
        [2, 0, 1, 1],
        [[0, 0]],
        2,
      ],
      expected: [0],
    },
    // Nearest has label 1, the other label 0: one vote each, the smallest label wins.
    { name: "a two-way vote tie goes to the smallest label, not the nearest", args: [[[0], [3]], [1, 0], [[1]], 2], expected: [0] },
    { name: "a two-way vote tie where the nearest has the smallest label", args: [[[0], [1]], [2, 5], [[0]], 2], expected: [2] },
    { name: "a three-way vote tie: nearest labels 1, 2, 0", args: [[[1], [2], [3]], [1, 2, 0], [[0]], 3], expected: [0] },
    {
      name: "labels -1 and 1 (SVM style), a vote tie",
      args: [
        [
          [0, 1],
          [0, -1],
          [5, 5],
        ],
        [1, -1, 1],
        [[0, 0]],
        2,
      ],
      expected: [-1],
    },
    // Nearest is label 1, but the next two are label 0.
    { name: "the majority beats the single nearest neighbour", args: [[[0.1], [1], [-1.2], [5]], [1, 0, 0, 1], [[0]], 3], expected: [0] },
    { name: "k = n: the majority of the whole training set", args: [[[0], [1], [2], [3], [100]], [4, 4, 2, 2, 4], [[1.5], [100]], 5], expected: [4, 4] },
    // From (0, 0): (3, 3) is 4.24 away (Manhattan 6), (5, 0) is 5 away (Manhattan 5).
    {
      name: "Euclidean, not Manhattan, distance",
      args: [
        [
          [3, 3],
          [5, 0],
        ],
        [0, 1],
        [[0, 0]],
        1,
      ],
      expected: [0],
    },
    {
      name: "a test point equal to a training point",
      args: [
        [
          [1, 2],
          [3, 4],
          [1, 2.5],
        ],
        [0, 1, 2],
        [
          [3, 4],
          [1, 2],
        ],
        1,
      ],
      expected: [1, 0],
    },
    {
      name: "large coordinates",
      args: [
        [
          [1e6, 2e6],
          [1e6 + 3, 2e6 - 1],
          [-5e6, 0],
        ],
        [0, 1, 2],
        [
          [1e6 + 2, 2e6],
          [-4e6, 1e5],
        ],
        1,
      ],
      expected: [1, 2],
    },
    { name: "8 dimensions, 3 classes, k = 5", args: [highX, highY, highTest, 5] },
    { name: "no test points gives an empty array", args: [[[0], [1]], [0, 1], [], 1], expected: [] },
    { name: "no training points must throw", tier: "required", args: [[], [], [[0]], 1], throws: true },
    { name: "trainY shorter than trainX must throw", tier: "required", args: [[[0], [1], [2]], [0, 1], [[0]], 1], throws: true },
    { name: "k = 0 must throw", tier: "robustness", args: [[[0], [1]], [0, 1], [[0]], 0], throws: true },
    { name: "k larger than the training set must throw", tier: "robustness", args: [[[0], [1]], [0, 1], [[0]], 3], throws: true },
    { name: "a fractional k must throw", tier: "robustness", args: [[[0], [1], [2]], [0, 1, 1], [[0]], 1.5], throws: true },
    {
      name: "a test point of the wrong dimension must throw",
      tier: "robustness",
      args: [
        [
          [0, 0],
          [1, 1],
        ],
        [0, 1],
        [[0.5, 0.5], [1]],
        1,
      ],
      throws: true,
    },
    {
      name: "training points of different dimensions must throw",
      tier: "robustness",
      args: [
        [
          [0, 0],
          [1, 1, 1],
        ],
        [0, 1],
        [[0, 0]],
        1,
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261210,
    count: 25,
    // Integer coordinates on a small grid, so distance ties (and vote ties) are frequent and exact.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 3 }),
          m: fc.integer({ min: 1, max: 5 }),
          kPick: fc.integer({ min: 0, max: 100 }),
          coordinates: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 51, maxLength: 51 }),
          labels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        })
        .map(({ n, d, m, kPick, coordinates, labels }) => {
          const trainX = Array.from({ length: n }, (_, i) => coordinates.slice(i * d, i * d + d));
          const testX = Array.from({ length: m }, (_, t) => coordinates.slice(36 + t * d, 36 + t * d + d));
          return [trainX, labels.slice(0, n), testX, 1 + (kPick % n)];
        }),
  },
});
