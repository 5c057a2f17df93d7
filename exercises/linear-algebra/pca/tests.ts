import { defineTests } from "@/lib/exercises/test-kit";
import { Q9 } from "../test-data";

/**
 * Data with a known PCA: the points mean ± a_j q_j for orthonormal q_j. Centred, the covariance
 * is sum_j 2 a_j^2 q_j q_j^T / (n - 1): eigenvectors q_j, explained-variance ratios a_j^2 / sum a^2.
 */
function plusMinus(mean: number[], q: number[][], a: number[]): number[][] {
  const rows: number[][] = [];
  q.forEach((v, j) => {
    rows.push(mean.map((m, i) => m + a[j] * v[i]));
    rows.push(mean.map((m, i) => m - a[j] * v[i]));
  });
  return rows;
}
const ratios = (a: number[], k: number) => {
  const total = a.reduce((s, x) => s + x * x, 0);
  return a.slice(0, k).map((x) => (x * x) / total);
};

const Q2 = [
  [0.6, 0.8],
  [-0.8, 0.6],
];

/** Eigenvalues (descending) and eigenvectors of a small symmetric matrix, by cyclic Jacobi. */
function eigenSym(S: number[][]): { values: number[]; vectors: number[][] } {
  const n = S.length;
  const a = S.map((row) => row.slice());
  const V: number[][] = S.map((_, i) => S.map((_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const x = a[r][p];
          const y = a[r][q];
          a[r][p] = c * x - s * y;
          a[r][q] = s * x + c * y;
        }
        for (let r = 0; r < n; r++) {
          const x = a[p][r];
          const y = a[q][r];
          a[p][r] = c * x - s * y;
          a[q][r] = s * x + c * y;
          const u = V[r][p];
          const w = V[r][q];
          V[r][p] = c * u - s * w;
          V[r][q] = s * u + c * w;
        }
      }
    }
  }
  const order = a.map((_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return { values: order.map((i) => a[i][i]), vectors: order.map((i) => V.map((row) => row[i])) };
}

/**
 * A random case is kept when its first k components are well defined: each of the k+1 largest
 * eigenvalues of the covariance is at most 0.9 times the previous one, the first k are not 0,
 * and no component has two largest entries of nearly equal size (the sign convention is clear).
 */
function wellPosed(X: number[][], k: number): boolean {
  const n = X.length;
  const d = X[0].length;
  const mean = X[0].map((_, j) => X.reduce((s, row) => s + row[j], 0) / n);
  const C = mean.map((_, j) => mean.map((_, l) => X.reduce((s, row) => s + (row[j] - mean[j]) * (row[l] - mean[l]), 0) / (n - 1)));
  const { values, vectors } = eigenSym(C);
  if (!(values[0] > 1e-6)) return false;
  for (let i = 0; i < k; i++) {
    if (values[i] < 1e-6 * values[0]) return false;
    if (i + 1 < d && values[i + 1] > 0.9 * values[i]) return false;
    const m = vectors[i].map(Math.abs).sort((x, y) => y - x);
    if (m.length > 1 && m[0] - m[1] < 1e-3 * m[0]) return false;
  }
  return true;
}

const sklearnDoc = [
  [-1, -1],
  [-2, -1],
  [-3, -2],
  [1, 1],
  [2, 1],
  [3, 2],
];
const q3 = plusMinus([10, -5, 2], Q9, [3, 2, 1]);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "scikit-learn's example, k = 2 (values from LAPACK)",
      args: [sklearnDoc, 2],
      expected: {
        components: [
          [0.838492237904874, 0.5449135408239332],
          [-0.5449135408239332, 0.838492237904874],
        ],
        explainedVarianceRatio: [0.9924428900898052, 0.007557109910194815],
      },
    },
    {
      name: "scikit-learn's example, k = 1",
      args: [sklearnDoc, 1],
      expected: { components: [[0.838492237904874, 0.5449135408239332]], explainedVarianceRatio: [0.9924428900898052] },
    },
    {
      name: "2-D, known axes (0.6, 0.8) and (-0.8, 0.6), k = 2",
      args: [plusMinus([1, 2], Q2, [5, 1]), 2],
      expected: {
        components: [
          [0.6, 0.8],
          [0.8, -0.6],
        ],
        explainedVarianceRatio: [25 / 26, 1 / 26],
      },
    },
    { name: "3-D, known axes, k = 1", args: [q3, 1], expected: { components: [Q9[0]], explainedVarianceRatio: ratios([3, 2, 1], 1) } },
    { name: "3-D, known axes, k = 2", args: [q3, 2], expected: { components: [Q9[0], Q9[1]], explainedVarianceRatio: ratios([3, 2, 1], 2) } },
    { name: "3-D, known axes, k = 3: the ratios sum to 1", args: [q3, 3], expected: { components: Q9, explainedVarianceRatio: ratios([3, 2, 1], 3) } },
    {
      name: "the largest spread is along the second axis",
      args: [plusMinus([0, 0, 0], [Q9[2], Q9[0], Q9[1]], [1, 4, 2]), 2],
      expected: { components: [Q9[0], Q9[1]], explainedVarianceRatio: [16 / 21, 4 / 21] },
    },
    {
      name: "far from the origin (mean 1e9): centring matters",
      args: [plusMinus([1e9, -2e9, 5e8], Q9, [3, 2, 1]), 2],
      expected: { components: [Q9[0], Q9[1]], explainedVarianceRatio: ratios([3, 2, 1], 2) },
    },
    {
      name: "uncentred data with a small spread (mean 100)",
      args: [plusMinus([100, 100, 100], Q9, [1, 0.5, 0.25]), 1],
      expected: { components: [Q9[0]], explainedVarianceRatio: ratios([1, 0.5, 0.25], 1) },
    },
    {
      name: "points on a line: one component explains everything",
      args: [
        [
          [1, 2, -1],
          [3, 6, -3],
          [-2, -4, 2],
          [0.5, 1, -0.5],
        ],
        1,
      ],
      expected: { components: [[1, 2, -1].map((x) => x / Math.sqrt(6))], explainedVarianceRatio: [1] },
    },
    {
      name: "a constant feature gets weight 0",
      args: [
        [
          [1, 5, 2],
          [2, 5, 4.5],
          [4, 5, 0],
          [0, 5, 1],
          [3, 5, 3],
        ],
        2,
      ],
    },
    { name: "a single feature, k = 1", args: [[[3], [1], [4], [1], [5]], 1], expected: { components: [[1]], explainedVarianceRatio: [1] } },
    {
      name: "30 observations of 4 correlated features, k = 3",
      args: [Array.from({ length: 30 }, (_, i) => [Math.sin(i) * 4, Math.sin(i) * 2 + Math.cos(3 * i), (i % 7) - 3, Math.cos(i) * 0.5]), 3],
    },
    { name: "k = 0 must throw", args: [sklearnDoc, 0], throws: true, tier: "robustness" },
    { name: "k larger than the number of features must throw", args: [sklearnDoc, 3], throws: true, tier: "robustness" },
    { name: "k = 1.5 must throw", args: [sklearnDoc, 1.5], throws: true, tier: "robustness" },
    { name: "a single observation must throw", args: [[[1, 2, 3]], 1], throws: true, tier: "robustness" },
    {
      name: "identical rows (no variance) must throw",
      args: [
        [
          [1, 2],
          [1, 2],
          [1, 2],
        ],
        1,
      ],
      throws: true,
      tier: "robustness",
    },
    { name: "ragged rows must throw", args: [[[1, 2], [3, 4], [5]], 1], throws: true, tier: "robustness" },
    { name: "no rows must throw", args: [[], 1], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261205,
    count: 25,
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 3, max: 12 }),
          d: fc.integer({ min: 1, max: 5 }),
          k: fc.integer({ min: 1, max: 5 }),
          values: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 60, maxLength: 60 }),
          offset: fc.constantFrom(0, 0, 50, -1000, 1e6),
        })
        .map(({ n, d, k, values, offset }) => ({
          X: Array.from({ length: n }, (_, i) => values.slice(i * d, i * d + d).map((v) => v / 10 + offset)),
          k: Math.min(k, d),
        }))
        .filter(({ X, k }) => wellPosed(X, k))
        .map(({ X, k }) => [X, k]),
  },
});
