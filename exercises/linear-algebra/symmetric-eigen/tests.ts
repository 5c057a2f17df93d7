import { defineTests } from "@/lib/exercises/test-kit";
import { Q9, hilbert5 } from "../test-data";

/** A = sum_k d_k q_k q_k^T for orthonormal q_k, mirrored so that it is exactly symmetric. */
function fromEigen(q: number[][], d: number[]): number[][] {
  const n = q[0].length;
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < q.length; k++) s += d[k] * q[k][i] * q[k][j];
      A[i][j] = s;
      A[j][i] = s;
    }
  }
  return A;
}

/** Columns of the Householder reflection I - 2 w w^T / (w . w). */
function householder(w: number[]): number[][] {
  const ww = w.reduce((s, x) => s + x * x, 0);
  return w.map((_, j) => w.map((wi, i) => (i === j ? 1 : 0) - (2 * wi * w[j]) / ww));
}
/** Columns of H1 H2 (two reflections: a general orthogonal matrix). */
function twoReflections(w1: number[], w2: number[]): number[][] {
  const h1 = householder(w1);
  return householder(w2).map((col) => w1.map((_, i) => col.reduce((s, x, k) => s + h1[k][i] * x, 0)));
}

function signed(v: number[]): number[] {
  let at = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[at])) at = i;
  return v[at] < 0 ? v.map((x) => -x) : v;
}
/** Expected result for A = fromEigen(q, d), d already in descending order. */
const expectedFor = (q: number[][], d: number[]) => ({ values: d, vectors: q.map(signed) });

/** The largest and second-largest magnitudes of every vector are clearly apart. */
function clearSigns(q: number[][]): boolean {
  return q.every((v) => {
    const m = v.map(Math.abs).sort((a, b) => b - a);
    return m.length < 2 || m[0] - m[1] > 1e-3 * m[0];
  });
}

const w8a = [1, -2, 3, 1, -1, 2, 0, 1];
const w8b = [1, 1, 2, -3, 1, 0, -1, 2];
const Q8 = twoReflections(w8a, w8b);
const d8 = [7, 5.5, 3, 1, 0.25, -2, -4, -6.5];
const scaledA = (s: number) => fromEigen(Q9, [6 * s, 3 * s, -1 * s]);

export default defineTests<typeof import("./reference")>({
  fixed: [
    {
      name: "2 x 2: eigenvalues 3 and -2",
      args: [
        [
          [2, 2],
          [2, -1],
        ],
      ],
      expected: {
        values: [3, -2],
        vectors: [
          [2 / Math.sqrt(5), 1 / Math.sqrt(5)],
          [-1 / Math.sqrt(5), 2 / Math.sqrt(5)],
        ],
      },
    },
    {
      name: "already diagonal but not sorted",
      args: [
        [
          [1, 0],
          [0, 2],
        ],
      ],
      expected: {
        values: [2, 1],
        vectors: [
          [0, 1],
          [1, 0],
        ],
      },
    },
    {
      name: "diagonal 4 x 4: vectors follow their values",
      args: [
        [
          [1, 0, 0, 0],
          [0, 5, 0, 0],
          [0, 0, -2, 0],
          [0, 0, 0, 3],
        ],
      ],
      expected: {
        values: [5, 3, 1, -2],
        vectors: [
          [0, 1, 0, 0],
          [0, 0, 0, 1],
          [1, 0, 0, 0],
          [0, 0, 1, 0],
        ],
      },
    },
    { name: "3 x 3 with eigenvalues 6, 3, -1", args: [fromEigen(Q9, [6, 3, -1])], expected: expectedFor(Q9, [6, 3, -1]) },
    {
      name: "the largest |eigenvalue| is negative",
      args: [fromEigen(Q9, [1, -10, 2])],
      expected: { values: [2, 1, -10], vectors: [Q9[2], Q9[0], Q9[1]].map(signed) },
    },
    { name: "eigenvalues 3 and -3 of equal magnitude", args: [fromEigen(Q9, [3, 1, -3])], expected: expectedFor(Q9, [3, 1, -3]) },
    { name: "singular: eigenvalue 0", args: [fromEigen(Q9, [4, 0, -2])], expected: expectedFor(Q9, [4, 0, -2]) },
    { name: "close eigenvalues 1.001 and 1", args: [fromEigen(Q9, [1.001, 1, -1])], expected: expectedFor(Q9, [1.001, 1, -1]) },
    {
      name: "tiny entries (1e-12): the vectors do not depend on the scale",
      args: [scaledA(1e-12)],
      expected: expectedFor(Q9, [6e-12, 3e-12, -1e-12]),
      tier: "robustness",
    },
    { name: "huge entries (1e12)", args: [scaledA(1e12)], expected: expectedFor(Q9, [6e12, 3e12, -1e12]), tier: "robustness" },
    { name: "8 x 8 from two reflections", args: [fromEigen(Q8, d8)], expected: expectedFor(Q8, d8) },
    {
      name: "5 x 5 Hilbert matrix (values from LAPACK)",
      args: [hilbert5],
      expected: {
        values: [1.5670506910982303, 0.2085342186110134, 0.011407491623419684, 0.0003058980401511429, 3.2879287721667334e-6],
        vectors: [
          [0.7678547350658071, 0.44579106046270944, 0.3215782944802202, 0.2534389432451752, 0.20982263656363154],
          [0.6018714783539728, -0.2759134174320983, -0.42487662235152174, -0.443903038699774, -0.42901335368169324],
          [-0.21421362414062114, 0.7241021314801017, 0.12045327853602217, -0.3095739698533965, -0.5651934105221382],
          [0.047161806831171216, -0.43266733469442675, 0.6673504438834217, 0.2330245152804474, -0.5575999478046528],
          [-0.006173863456722428, 0.11669274684772817, -0.5061636583525907, 0.7671911930851376, -0.37624554543392896],
        ],
      },
    },
    // Nearly diagonal: off-diagonal entries of a few 1e-9 next to diagonal gaps of 0.005 to 0.02 tilt the eigenvectors
    // by 1e-7 to 1e-6, far above atol 1e-9, so the basis vectors (what a loose stopping rule returns) fail.
    {
      name: "nearly diagonal 3 x 3 (off-diagonal 1e-9, gaps 0.01): eigenvectors tilt by ~1e-7",
      args: [
        [
          [1, 1e-9, 2e-9],
          [1e-9, 1.01, -1e-9],
          [2e-9, -1e-9, 1.02],
        ],
      ],
    },
    {
      name: "nearly diagonal 2 x 2 (off-diagonal 5e-9, gap 0.005): eigenvectors tilt by ~1e-6",
      args: [
        [
          [2, 5e-9],
          [5e-9, 2.005],
        ],
      ],
    },
    {
      name: "nearly diagonal 4 x 4 (off-diagonal 3e-9, gaps 0.01): eigenvectors tilt by ~3e-7",
      args: [
        [
          [3, 3e-9, 0, 1e-9],
          [3e-9, 2.99, 2e-9, 0],
          [0, 2e-9, 1, -3e-9],
          [1e-9, 0, -3e-9, 0.99],
        ],
      ],
    },
    { name: "1 x 1", args: [[[-4]]], expected: { values: [-4], vectors: [[1]] } },
    {
      name: "not symmetric must throw",
      args: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      throws: true,
      tier: "robustness",
    },
    {
      name: "not symmetric in one entry of a 3 x 3 must throw",
      args: [
        [
          [2, 1, 0],
          [1, 2, 1],
          [0, 1.5, 2],
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
          [2, 1, 0],
        ],
      ],
      throws: true,
      tier: "required",
    },
    { name: "ragged must throw", args: [[[1, 2], [2]]], throws: true, tier: "robustness" },
    { name: "no rows must throw", args: [[]], throws: true, tier: "robustness" },
  ],
  random: {
    seed: 20261203,
    count: 25,
    // A = Q D Q^T with Q a product of two Householder reflections and distinct eigenvalues at
    // least 0.2 apart, so every eigenvector is well determined.
    args: (fc) =>
      fc
        .record({
          n: fc.integer({ min: 1, max: 6 }),
          d: fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 6, maxLength: 6 }),
          w1: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 6, maxLength: 6 }),
          w2: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 6, maxLength: 6 }),
        })
        .map(({ n, d, w1, w2 }) => {
          const fix = (w: number[]) => (w.some((x) => x !== 0) ? w : w.map((_, i) => (i === 0 ? 1 : 0)));
          return { q: twoReflections(fix(w1.slice(0, n)), fix(w2.slice(0, n))), d: d.slice(0, n).map((x) => x / 5) };
        })
        .filter(({ q }) => clearSigns(q))
        .map(({ q, d }) => [fromEigen(q, d)]),
  },
});
