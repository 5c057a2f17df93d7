import { defineTests } from "@/lib/exercises/test-kit";
import { hilbert5, matmul, transpose } from "../test-data";

const unit = (v: number[]) => {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};

/** Q D Q with the Householder reflection Q = I - 2 w w^T / (w . w): eigenvector i is column i of Q. */
function reflected(w: number[], d: number[]): number[][] {
  const ww = w.reduce((s, x) => s + x * x, 0);
  const Q = w.map((wi, i) => w.map((wj, j) => (i === j ? 1 : 0) - (2 * wi * wj) / ww));
  return Q.map((_, i) => Q.map((_, j) => Q[i].reduce((s, q, k) => s + q * d[k] * Q[j][k], 0)));
}
const column = (w: number[], j: number) => {
  const ww = w.reduce((s, x) => s + x * x, 0);
  return w.map((wi, i) => (i === j ? 1 : 0) - (2 * wi * w[j]) / ww);
};

const w8 = [1, -2, 3, 1, -1, 2, 0, 1];
const d8 = [9, -6, 5, 4, -3, 2, 1, 0.5];
const scaled = (s: number) => [
  [5 * s, 4 * s],
  [1 * s, 2 * s],
];

/** A unit lower-triangular matrix from the entries below the diagonal, and its inverse. */
function unitLower(n: number, below: number[]): { L: number[][]; inverse: number[][] } {
  const L = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : j < i ? below[(i * (i - 1)) / 2 + j] : 0)));
  const inverse = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      let s = i === j ? 1 : 0;
      for (let k = 0; k < i; k++) s -= L[i][k] * inverse[k][j];
      inverse[i][j] = s;
    }
  }
  return { L, inverse };
}

/** A = P D P^-1 with P = L U (unit lower times unit upper): not symmetric; eigenvector 0 is column 0 of L. */
function similar(n: number, below: number[], above: number[], d: number[]): number[][] {
  const lower = unitLower(n, below);
  const upper = unitLower(n, above);
  const P = matmul(lower.L, transpose(upper.L));
  const Pinv = matmul(transpose(upper.inverse), lower.inverse);
  return matmul(
    P.map((row) => row.map((x, k) => x * d[k])),
    Pinv,
  );
}

/** The largest and second-largest magnitudes are at least 1e-3 apart: the sign convention is unambiguous. */
function clearSign(v: number[]): boolean {
  const m = v.map(Math.abs).sort((a, b) => b - a);
  return m.length < 2 || m[0] - m[1] > 1e-3 * m[0];
}

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "not symmetric, eigenvalues 6 and 1",
      args: [
        [
          [5, 4],
          [1, 2],
        ],
      ],
      expected: { value: 6, vector: unit([4, 1]) },
    },
    {
      name: "symmetric and singular: eigenvalues 5 and 0",
      args: [
        [
          [4, 2],
          [2, 1],
        ],
      ],
      expected: { value: 5, vector: unit([2, 1]) },
    },
    {
      name: "negative dominant eigenvalue -5",
      args: [
        [
          [-0.52, -3.36],
          [-3.36, -2.48],
        ],
      ],
      expected: { value: -5, vector: [0.6, 0.8] },
    },
    {
      name: "diagonal: the dominant entry is not first",
      args: [
        [
          [1, 0, 0],
          [0, 3, 0],
          [0, 0, 2],
        ],
      ],
      expected: { value: 3, vector: [0, 1, 0] },
    },
    {
      name: "diagonal with a negative dominant entry",
      args: [
        [
          [2, 0, 0],
          [0, 1, 0],
          [0, 0, -7],
        ],
      ],
      expected: { value: -7, vector: [0, 0, 1] },
    },
    {
      name: "block diagonal",
      args: [
        [
          [1, 0.5, 0, 0],
          [0.5, 1, 0, 0],
          [0, 0, 4, 1],
          [0, 0, 1, 2.5],
        ],
      ],
    },
    {
      name: "path-graph Laplacian: the all-ones vector has eigenvalue 0",
      args: [
        [
          [1, -1, 0],
          [-1, 2, -1],
          [0, -1, 1],
        ],
      ],
      expected: { value: 3, vector: unit([-1, 2, -1]) },
    },
    {
      name: "Laplacian + I: the all-ones vector has eigenvalue 1",
      args: [
        [
          [2, -1, 0],
          [-1, 3, -1],
          [0, -1, 2],
        ],
      ],
      expected: { value: 4, vector: unit([-1, 2, -1]) },
    },
    {
      name: "star-graph Laplacian",
      args: [
        [
          [3, -1, -1, -1],
          [-1, 1, 0, 0],
          [-1, 0, 1, 0],
          [-1, 0, 0, 1],
        ],
      ],
      expected: { value: 4, vector: unit([3, -1, -1, -1]) },
    },
    {
      name: "Markov matrix: the stationary distribution (17, 19, 14)",
      args: [
        [
          [0.5, 0.3, 0.2],
          [0.2, 0.6, 0.3],
          [0.3, 0.1, 0.5],
        ],
      ],
      expected: { value: 1, vector: unit([17, 19, 14]) },
    },
    {
      name: "rank one: u u^T has eigenvalue |u|^2",
      args: [
        [
          [1, 2, 3],
          [2, 4, 6],
          [3, 6, 9],
        ],
      ],
      expected: { value: 14, vector: unit([1, 2, 3]) },
    },
    {
      name: "not symmetric, eigenvalues -8, 5, -2",
      args: [
        [
          [1, 3, -3],
          [-13, -8, 13],
          [-4, 3, 2],
        ],
      ],
      expected: { value: -8, vector: unit([-1, 2, -1]) },
    },
    {
      name: "5 x 5 Hilbert matrix (values from LAPACK)",
      args: [hilbert5],
      expected: { value: 1.5670506910982303, vector: [0.7678547350658071, 0.44579106046270944, 0.3215782944802202, 0.2534389432451752, 0.20982263656363154] },
    },
    { name: "8 x 8 symmetric, eigenvalues 9, -6, 5, ...", args: [reflected(w8, d8)], expected: { value: 9, vector: column(w8, 0) } },
    { name: "1 x 1", args: [[[5]]], expected: { value: 5, vector: [1] } },
    { name: "1 x 1 negative", args: [[[-2]]], expected: { value: -2, vector: [1] } },
    { name: "huge entries (1e100)", args: [scaled(1e100)], expected: { value: 6e100, vector: unit([4, 1]) } },
    { name: "tiny entries (1e-100): the vector does not depend on the scale", args: [scaled(1e-100)], expected: { value: 6e-100, vector: unit([4, 1]) } },
    {
      name: "slow convergence (ratio 0.995) with iterations = 20000",
      args: [
        [
          [0.9968, 0.0024],
          [0.0024, 0.9982],
        ],
        20000,
      ],
      expected: { value: 1, vector: [0.6, 0.8] },
    },
    {
      name: "slow convergence (ratio 0.99), negative, iterations = 10000",
      args: [
        [
          [0.2736, -0.9552],
          [-0.9552, -0.2836],
        ],
        10000,
      ],
      expected: { value: -1, vector: [0.6, 0.8] },
    },
    {
      name: "iterations = 5000 on a fast case",
      args: [
        [
          [5, 4],
          [1, 2],
        ],
        5000,
      ],
      expected: { value: 6, vector: unit([4, 1]) },
    },
    {
      name: "zero matrix must throw",
      args: [
        [
          [0, 0],
          [0, 0],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "nilpotent matrix (A^2 = 0) must throw",
      args: [
        [
          [0, 1],
          [0, 0],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "not square must throw",
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      throws: true,
      tier: "required",
    },
    {
      name: "not square (3 x 2) must throw",
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
      throws: true,
      tier: "required",
    },
    { name: "no rows must throw", args: [[]], throws: true, tier: "robustness" },
    {
      name: "iterations = 0 must throw",
      args: [
        [
          [5, 4],
          [1, 2],
        ],
        0,
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "iterations = 2.5 must throw",
      args: [
        [
          [5, 4],
          [1, 2],
        ],
        2.5,
      ],
      throws: true,
      tier: "robustness",
    },
  ],
  random: {
    seed: 20261202,
    count: 22,
    // A = Q D Q (Householder Q, symmetric) or L D L^-1 (unit lower-triangular L, not symmetric).
    // D[0] is dominant: every other |D[i]| <= 0.8 |D[0]|, so 1000 iterations converge far below 1e-12.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 6 }),
          symmetric: fc.boolean(),
          dominant: fc.integer({ min: 10, max: 100 }),
          negative: fc.boolean(),
          others: fc.array(fc.integer({ min: -80, max: 80 }), { minLength: 5, maxLength: 5 }),
          w: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 15, maxLength: 15 }),
        })
        .map(({ n, symmetric, dominant, negative, others, w }) => {
          const top = ((negative ? -1 : 1) * dominant) / 10;
          const d = [top, ...others.slice(0, n - 1).map((x) => (x / 100) * Math.abs(top))];
          if (symmetric) {
            const v = w.slice(0, n);
            if (!v.some((x) => x !== 0)) v[0] = 1;
            return { A: reflected(v, d), eigenvector: column(v, 0) };
          }
          const below = w.map((x) => x / 2);
          const above = w.map((_, i) => w[(i * 7 + 3) % 15] / 4);
          return { A: similar(n, below, above, d), eigenvector: Array.from({ length: n }, (_, i) => (i === 0 ? 1 : below[(i * (i - 1)) / 2])) };
        })
        .filter(({ eigenvector }) => clearSign(eigenvector))
        .map(({ A }) => [A]),
  },
});
