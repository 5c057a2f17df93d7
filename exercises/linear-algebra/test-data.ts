/**
 * Test data several exercises' tests.ts share (`import { ... } from "../test-data"`): written once,
 * hidden like the tests that import it.
 */

export const scaled = (M: number[][], c: number) => M.map((row) => row.map((value) => c * value));

export const hilbert = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 1 / (i + j + 1)));

export const identity = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/** Second-difference matrix: K x = 1 is solved by x_i = i (n + 1 - i) / 2 (i = 1..n), a discrete parabola. */
export const secondDifference = (n: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 2 : Math.abs(i - j) === 1 ? -1 : 0)));

export const rotation = (theta: number) => [
  [Math.cos(theta), -Math.sin(theta)],
  [Math.sin(theta), Math.cos(theta)],
];

export const hilbert5 = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => 1 / (i + j + 1)));

/** Columns of the rational orthogonal matrix (1/9)[[1, 4, 8], [4, 7, -4], [8, -4, 1]]. */
export const Q9 = [
  [1, 4, 8],
  [4, 7, -4],
  [8, -4, 1],
].map((v) => v.map((x) => x / 9));

/** The matrix product A B, row by column. */
export const matmul = (A: number[][], B: number[][]) => A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));

export const transpose = (M: number[][]) => M[0].map((_, j) => M.map((row) => row[j]));

/** A rows x cols matrix of sines rounded to two decimals: no pattern an index mix-up could hide behind. */
export const sineGrid = (rows: number, cols: number, phase: number) =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => Math.round(Math.sin(phase + 3 * i + 7 * j) * 1000) / 100));
