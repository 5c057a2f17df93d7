import { defineTests } from "@/lib/exercises/test-kit";

/** Smallest pivot of Gaussian elimination with partial pivoting on [X | 1]^T [X | 1], relative to its largest diagonal entry. */
function relativePivot(X: number[][]): number {
  const p = X[0].length + 1;
  const M = Array.from({ length: p }, (_, r) =>
    Array.from({ length: p }, (_, c) => X.reduce((s, row) => s + (r < p - 1 ? row[r] : 1) * (c < p - 1 ? row[c] : 1), 0)),
  );
  const scale = Math.max(...M.map((row, k) => row[k]));
  let smallest = Infinity;
  for (let k = 0; k < p; k++) {
    let best = k;
    for (let i = k + 1; i < p; i++) if (Math.abs(M[i][k]) > Math.abs(M[best][k])) best = i;
    [M[k], M[best]] = [M[best], M[k]];
    smallest = Math.min(smallest, Math.abs(M[k][k]) / scale);
    if (M[k][k] === 0) return 0;
    for (let i = k + 1; i < p; i++) {
      const f = M[i][k] / M[k][k];
      for (let j = k; j < p; j++) M[i][j] -= f * M[k][j];
    }
  }
  return smallest;
}

const plane = [
  [1, 0, 2],
  [0, 1, -1],
  [2, 3, 0],
  [-1, 2, 4],
  [3, -2, 1],
  [0.5, 0.5, 0.5],
];

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "an exact line y = 2x + 1",
      args: [
        [[0], [1], [2], [3]],
        [1, 3, 5, 7],
      ],
      expected: { weights: [2], bias: 1 },
    },
    {
      name: "simple regression: slope Sxy / Sxx = 0.75, intercept 3.74 - 0.75 x 3",
      args: [
        [[1], [2], [3], [4], [5]],
        [2.2, 2.8, 4.5, 3.7, 5.5],
      ],
      expected: { weights: [0.75], bias: 1.49 },
    },
    {
      name: "an exact plane in 3 features is recovered",
      args: [plane, plane.map(([a, b, c]) => 1.5 * a - 2 * b + 0.25 * c + 4)],
      expected: { weights: [1.5, -2, 0.25], bias: 4 },
    },
    {
      name: "as many samples as unknowns: exact interpolation",
      args: [
        [
          [1, 2],
          [3, 1],
          [0, 0],
        ],
        [5, 4, 1],
      ],
      expected: { weights: [0.4, 1.8], bias: 1 },
    },
    {
      name: "no features: the bias is the mean of y",
      args: [
        [[], [], []],
        [1, 2, 6],
      ],
      expected: { weights: [], bias: 3 },
    },
    { name: "a single sample and no features", args: [[[]], [-2.5]], expected: { weights: [], bias: -2.5 } },
    {
      name: "two noisy features (numpy.linalg.lstsq)",
      args: [
        [
          [0.5, 1.2],
          [1.5, -0.3],
          [2.1, 0.8],
          [-0.7, 2.2],
          [1.1, 1.1],
          [3.0, -1.4],
          [-1.2, -0.6],
        ],
        [2.3, 1.1, 3.9, 2.0, 2.9, 1.2, -1.8],
      ],
      expected: { weights: [1.083013053943179, 1.3655373208888306], bias: 0.09720082821306786 },
    },
    {
      name: "nearly collinear features are still solvable (numpy.linalg.lstsq)",
      args: [
        [
          [1, 1.01],
          [2, 1.98],
          [3, 3.02],
          [4, 3.99],
          [5, 5.01],
          [6, 5.98],
        ],
        [2.1, 3.9, 6.2, 7.8, 10.1, 11.9],
      ],
      expected: { weights: [-6.024512534818933, 8.022284122562668], bias: 0.02116991643453181 },
    },
    {
      name: "house prices: square feet and bedrooms (numpy.linalg.lstsq)",
      args: [
        [
          [1400, 3],
          [1600, 3],
          [1700, 4],
          [1875, 4],
          [1100, 2],
          [1550, 3],
          [2350, 5],
          [2450, 4],
        ],
        [245, 312, 279, 308, 199, 219, 405, 324],
      ],
      expected: { weights: [0.051938366718027984, 40.13516949152542], bias: 54.847457627118715 },
    },
    {
      name: "targets in the millions (numpy.linalg.lstsq)",
      args: [
        [
          [1, 2],
          [2, 1],
          [3, 5],
          [4, 3],
          [5, 4],
        ],
        [1.2e6, 0.9e6, 2.4e6, 1.9e6, 2.2e6],
      ],
      expected: { weights: [93750, 343750], bias: 407500 },
    },
    {
      name: "repeated samples count twice",
      args: [
        [[1], [1], [2], [2], [3]],
        [1, 2, 2, 4, 5],
      ],
      expected: { weights: [12 / 7], bias: -2 / 7 },
    },
    {
      name: "a duplicated feature (x2 = 2 x1) is singular and must throw",
      tier: "robustness",
      args: [
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [-1, -2],
        ],
        [1, 2, 2, 0],
      ],
      throws: true,
    },
    {
      name: "a duplicated fractional feature (x2 = 3 x1) must throw",
      tier: "robustness",
      args: [
        [
          [0.1, 0.3],
          [0.2, 0.6],
          [0.7, 2.1],
          [-0.3, -0.9],
        ],
        [1, 2, 2, 0],
      ],
      throws: true,
    },
    {
      name: "a constant feature duplicates the bias column and must throw",
      tier: "robustness",
      args: [
        [
          [1, 0.7],
          [2, 0.7],
          [5, 0.7],
          [7, 0.7],
        ],
        [1, 2, 3, 4],
      ],
      throws: true,
    },
    {
      name: "an all-zero feature must throw",
      tier: "robustness",
      args: [
        [
          [1, 0],
          [2, 0],
          [3, 0],
        ],
        [1, 2, 3],
      ],
      throws: true,
    },
    {
      name: "x3 = x1 + x2 must throw",
      tier: "robustness",
      args: [
        [
          [0.1, 0.2, 0.3],
          [0.4, 0.5, 0.9],
          [0.7, 0.1, 0.8],
          [0.3, 0.3, 0.6],
          [0.9, 0.6, 1.5],
        ],
        [1, 2, 3, 4, 5],
      ],
      throws: true,
    },
    {
      name: "x2 = 2 x1 + 1 (collinear with the bias) must throw",
      tier: "robustness",
      args: [
        [
          [0.1, 1.2],
          [0.4, 1.8],
          [0.7, 2.4],
          [0.3, 1.6],
        ],
        [1, 2, 3, 4],
      ],
      throws: true,
    },
    {
      name: "fewer samples than unknowns must throw",
      tier: "robustness",
      args: [
        [
          [1, 2],
          [3, 5],
        ],
        [1, 2],
      ],
      throws: true,
    },
    { name: "one sample, one feature must throw", tier: "robustness", args: [[[2]], [3]], throws: true },
    {
      name: "a duplicated feature at a large scale (rounding leaves a pivot near 2e-10) must throw",
      tier: "robustness",
      args: [
        [
          [310.7, 932.1],
          [120.3, 360.9],
          [-45.1, -135.3],
          [500.9, 1502.7],
          [77.7, 233.1],
        ],
        [1, 2, 3, 4, 5],
      ],
      throws: true,
    },
    // Review D10: a constant non-integer column leaves a rounding residue, not an exact 0, as its pivot.
    {
      name: "a constant fractional feature (0.1) duplicates the bias column and must throw",
      tier: "robustness",
      args: [
        [[0.1], [0.1], [0.1]],
        [1, 2, 3],
      ],
      throws: true,
    },
    { name: "empty X must throw", tier: "required", args: [[], []], throws: true },
    {
      name: "more targets than samples must throw",
      tier: "required",
      args: [
        [[1], [2], [3]],
        [1, 2, 3, 4],
      ],
      throws: true,
    },
    {
      name: "rows of different lengths must throw",
      tier: "robustness",
      args: [
        [[1, 2], [3], [4, 5], [6, 7]],
        [1, 2, 3, 4],
      ],
      throws: true,
    },
  ],
  random: {
    seed: 20261308,
    count: 25,
    args: (fc) =>
      fc
        .record({
          d: fc.integer({ min: 1, max: 4 }),
          extra: fc.integer({ min: 1, max: 8 }),
          features: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 48, maxLength: 48 }),
          trueWeights: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 4, maxLength: 4 }),
          trueBias: fc.integer({ min: -500, max: 500 }),
          noise: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12, maxLength: 12 }),
        })
        .map(({ d, extra, features, trueWeights, trueBias, noise }): [number[][], number[]] => {
          const n = d + 1 + extra;
          const X = Array.from({ length: n }, (_, i) => features.slice(i * 4, i * 4 + d).map((v) => v / 10));
          const y = X.map((row, i) => {
            let target = trueBias / 100 + noise[i] / 100;
            for (let j = 0; j < d; j++) target += (trueWeights[j] / 100) * row[j];
            return Math.round(target * 1000) / 1000;
          });
          return [X, y];
        })
        .filter(([X]) => relativePivot(X) > 1e-6),
  },
});
