import { defineTests } from "@/lib/exercises/test-kit";

// 60 points in 6 dimensions around three centres, and three starting centroids.
const centre = (c: number) => Array.from({ length: 6 }, (_, j) => Math.cos(c * 2.3 + j * 0.9) * 4);
const highX = Array.from({ length: 60 }, (_, i) => centre(i % 3).map((v, j) => v + Math.sin(i * 3.7 + j * 1.3) * 1.5));
const highC = [highX[0], highX[1], highX[5]].map((p) => p.map((v) => v + 0.5));

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "two groups in two dimensions",
      args: [
        [
          [1, 1],
          [1, 2],
          [2, 1],
          [8, 8],
          [9, 8],
          [8, 9],
          [9, 9],
        ],
        [
          [0, 0],
          [10, 10],
        ],
      ],
      expected: {
        labels: [0, 0, 0, 1, 1, 1, 1],
        centroids: [
          [4 / 3, 4 / 3],
          [8.5, 8.5],
        ],
      },
    },
    // 5 is 5 away from both centroids: it joins centroid 0; centroid 1 has no points and stays at 10.
    { name: "one point exactly halfway: lower index, and an empty cluster", args: [[[5]], [[0], [10]]], expected: { labels: [0], centroids: [[5], [10]] } },
    {
      name: "duplicate centroids: every point goes to the first copy",
      args: [
        [
          [0, 0],
          [1, 1],
          [4, 4],
        ],
        [
          [1, 1],
          [1, 1],
          [4, 5],
        ],
      ],
      expected: {
        labels: [0, 0, 2],
        centroids: [
          [0.5, 0.5],
          [1, 1],
          [4, 4],
        ],
      },
    },
    {
      name: "a far-away centroid gets no points and keeps its position",
      args: [
        [
          [0, 1],
          [1, 0],
          [2, 2],
        ],
        [
          [1, 1],
          [-100, 250],
        ],
      ],
      expected: {
        labels: [0, 0, 0],
        centroids: [
          [1, 1],
          [-100, 250],
        ],
      },
    },
    {
      name: "several empty clusters",
      args: [
        [[3], [4]],
        [[-50], [3.5], [60], [70]],
      ],
      expected: { labels: [1, 1], centroids: [[-50], [3.5], [60], [70]] },
    },
    // 2 ties between centroids 0 and 4 (joins 0); the new centroids would move 3 to cluster 0.
    {
      name: "labels come from the old centroids, not the moved ones",
      args: [
        [[0], [2], [3], [10]],
        [[0], [4]],
      ],
      expected: { labels: [0, 0, 1, 1], centroids: [[1], [6.5]] },
    },
    {
      name: "grid points equidistant from two or four centroids",
      args: [
        [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
          [2, 2],
        ],
        [
          [1, 2],
          [2, 1],
          [-1, 0],
          [0, -1],
        ],
      ],
      expected: {
        labels: [2, 1, 0, 0, 0],
        centroids: [
          [1, 4 / 3],
          [1, 0],
          [0, 0],
          [0, -1],
        ],
      },
    },
    { name: "one point, one centroid", args: [[[3, -7]], [[0, 0]]], expected: { labels: [0], centroids: [[3, -7]] } },
    {
      name: "as many centroids as points, each on a point",
      args: [
        [[0], [5], [9]],
        [[9], [0], [5]],
      ],
      expected: { labels: [1, 2, 0], centroids: [[9], [0], [5]] },
    },
    // From (0, 0): centroid (3, 3) is 4.24 away, (5, 0) is 5 away, although L1 says 6 against 5.
    {
      name: "Euclidean, not Manhattan, distance",
      args: [
        [
          [0, 0],
          [6, 0],
        ],
        [
          [3, 3],
          [5, 0],
        ],
      ],
      expected: {
        labels: [0, 1],
        centroids: [
          [0, 0],
          [6, 0],
        ],
      },
    },
    {
      name: "large coordinates",
      args: [
        [
          [1e6, 1e6],
          [1e6 + 2, 1e6],
          [-1e6, 5e5],
        ],
        [
          [9e5, 9e5],
          [-9e5, 0],
        ],
      ],
      expected: {
        labels: [0, 0, 1],
        centroids: [
          [1e6 + 1, 1e6],
          [-1e6, 5e5],
        ],
      },
    },
    { name: "60 points in 6 dimensions, 3 clusters", args: [highX, highC] },
    {
      name: "no points: every cluster is empty and keeps its centroid",
      tier: "robustness",
      args: [
        [],
        [
          [0, 0],
          [3, -1],
        ],
      ],
      expected: {
        labels: [],
        centroids: [
          [0, 0],
          [3, -1],
        ],
      },
    },
    { name: "no centroids must throw", tier: "required", args: [[[0, 0]], []], throws: true },
    {
      name: "3-D centroids for 2-D points must throw",
      tier: "robustness",
      args: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [0, 0, 0],
          [1, 1, 1],
        ],
      ],
      throws: true,
    },
    {
      name: "a single centroid of the wrong dimension must throw",
      tier: "robustness",
      args: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [0, 0],
          [1, 1, 1],
        ],
      ],
      throws: true,
    },
    { name: "points of different dimensions must throw", tier: "robustness", args: [[[0, 0], [1]], [[0, 0]]], throws: true },
  ],
  random: {
    seed: 20261211,
    count: 25,
    // Integer coordinates on a small grid (exact distance ties are frequent); some centroids are
    // pushed far away so that empty clusters occur.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 10 }),
          d: fc.integer({ min: 1, max: 3 }),
          k: fc.integer({ min: 1, max: 4 }),
          coordinates: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 42, maxLength: 42 }),
          far: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        })
        .map(({ n, d, k, coordinates, far }) => {
          const X = Array.from({ length: n }, (_, i) => coordinates.slice(i * d, i * d + d));
          const centroids = Array.from({ length: k }, (_, c) => coordinates.slice(30 + c * d, 30 + c * d + d).map((v) => (far[c] ? v + 40 : v)));
          return [X, centroids];
        }),
  },
});
