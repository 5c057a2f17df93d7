/**
 * Test data several exercises' tests.ts share (`import { ... } from "../test-data"`): written once,
 * hidden like the tests that import it.
 */

/** A deterministic rows x cols test matrix (an image, activations, weights) with values in about [-amp, amp], rounded to 2 decimals. */
export function grid(rows: number, cols: number, phase: number, amp = 10): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => Math.round(100 * amp * Math.sin(phase + 1.3 * r + 0.7 * c + 0.1 * r * c)) / 100),
  );
}

export const ramp = (h: number, w: number) => Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => r * w + c + 1));

export const ones = (d: number) => new Array(d).fill(1);

export const zeros = (d: number) => new Array(d).fill(0);

/** sqrt(3/2): (1, 2, 3) standardised (population variance 2/3) is (-s32, 0, s32). */
export const s32 = Math.sqrt(1.5);
