import { defineTests } from "@/lib/exercises/test-kit";

/** A deterministic signal of length n with values in about [-10, 10], rounded to 2 decimals. */
function wave(n: number, phase: number): number[] {
  return Array.from({ length: n }, (_, t) => Math.round(1000 * Math.sin(phase + 1.3 * t + 0.05 * t * t)) / 100);
}

const ramp = (n: number) => Array.from({ length: n }, (_, t) => t + 1);

export default defineTests<typeof import("./reference")>({
  fixed: [
    // The meaning of the kernel (values printed in numpy.correlate's documentation).
    {
      name: "numpy.correlate 'valid': [1, 2, 3] with [0, 1, 0.5]",
      args: [
        [1, 2, 3],
        [0, 1, 0.5],
      ],
      expected: [3.5],
    },
    { name: "numpy.correlate 'same' (padding 1)", args: [[1, 2, 3], [0, 1, 0.5], 1, 1], expected: [2, 3.5, 3] },
    { name: "numpy.correlate 'full' (padding k - 1)", args: [[1, 2, 3], [0, 1, 0.5], 1, 2], expected: [0.5, 2, 3.5, 3, 0] },
    { name: "asymmetric kernel: cross-correlation, not convolution", args: [ramp(4), [1, 2, 3]], expected: [14, 20] },
    {
      name: "difference kernel [-1, 1] on squares gives the odd numbers",
      args: [
        [1, 4, 9, 16, 25, 36],
        [-1, 1],
      ],
      expected: [3, 5, 7, 9, 11],
    },
    {
      name: "moving average of width 3",
      args: [
        [3, 6, 9, 12, 15],
        [1 / 3, 1 / 3, 1 / 3],
      ],
      expected: [6, 9, 12],
    },
    { name: "length-1 kernel scales every sample", args: [[1, -2, 3, 0.5, -7], [2.5]], expected: [2.5, -5, 7.5, 1.25, -17.5] },
    {
      name: "kernel as long as the signal gives their dot product",
      args: [
        [1, -2, 3, 4],
        [0.5, 1, -1, 2],
      ],
      expected: [3.5],
    },
    { name: "a single sample and a single weight", args: [[-4], [3]], expected: [-12] },
    // Padding.
    { name: "padding 1 keeps a length-3 kernel's output at the signal length", args: [wave(9, 0.4), [1, -2, 1], 1, 1] },
    { name: "kernel longer than the signal but not than the padded signal", args: [[1, 2], [1, 1, 1, 1], 1, 1], expected: [3] },
    { name: "padding larger than the kernel: the outer outputs see only zeros", args: [[2, -3, 5], [1, 10], 1, 3], expected: [0, 0, 20, -28, 47, 5, 0, 0] },
    { name: "padding given, stride undefined (default 1)", args: [[1, 2, 3, 4], [1, -1], undefined, 1], expected: [-1, -1, -1, -1, 4] },
    { name: "length-1 kernel with padding 2 adds zeros at both ends", args: [[7, -1], [2], 1, 2], expected: [0, 0, 14, -2, 0, 0] },
    { name: "padding 2 with a length-3 kernel on a length-8 signal", args: [wave(8, 2.9), [0.5, -1, 2], 1, 2] },
    { name: "padding 1 with a length-2 kernel: the ends see half the kernel", args: [[3, -1, 4, 1, -5], [2, 7], 1, 1], expected: [21, -1, 26, 15, -33, -10] },
    // Stride.
    { name: "stride 2 on a length-1 kernel keeps every other sample", args: [ramp(7), [1], 2], expected: [1, 3, 5, 7] },
    { name: "stride 2: the partial last window is dropped", args: [ramp(6), [1, 1, 1], 2], expected: [6, 12] },
    { name: "stride 3, padding 2", args: [wave(11, 1.7), [1, -2, 0.5, 3], 3, 2] },
    { name: "stride 2, padding 1 halves a length-10 signal", args: [wave(10, 2.2), [0.25, 0.5, 0.25], 2, 1] },
    { name: "stride larger than the signal keeps only the first window", args: [ramp(5), [1, 1], 9], expected: [3] },
    { name: "stride given, padding left to its default", args: [wave(12, 0.9), [1, 0, -1], 4] },
    { name: "stride 2 and padding 3 with a length-5 kernel on a length-2 signal", args: [[1.5, -2], [1, 2, 3, 4, 5], 2, 3], expected: [-4, -3] },
    // Numbers.
    { name: "large magnitudes (exact in doubles)", args: [[1e6, -2e6, 3e6, -4e6, 5e6], [1000, -2000, 3000], 1, 1] },
    {
      name: "positive and negative terms cancel exactly",
      args: [
        [2, 2, 2, 2],
        [1, -1],
      ],
      expected: [0, 0, 0],
    },
    {
      name: "tiny magnitudes",
      args: [
        [1e-12, -3e-12, 2e-12, 5e-12],
        [1e-3, 2e-3],
      ],
      expected: [-5e-15, 1e-15, 1.2e-14],
    },
    { name: "a long signal (200 samples), length-5 kernel, stride 2, padding 2", args: [wave(200, 0.3), [0.1, -0.2, 0.4, -0.2, 0.1], 2, 2] },
    // Bad arguments.
    {
      name: "kernel longer than the signal without padding must throw",
      tier: "robustness",
      args: [
        [1, 2],
        [1, 1, 1],
      ],
      throws: true,
    },
    { name: "kernel longer than the padded signal must throw", tier: "robustness", args: [[1, 2, 3], [1, 1, 1, 1, 1, 1], 1, 1], throws: true },
    { name: "non-integer stride must throw", tier: "robustness", args: [ramp(4), [1], 1.5], throws: true },
    { name: "negative padding must throw", tier: "robustness", args: [ramp(3), [1], 1, -1], throws: true },
    { name: "non-integer padding must throw", tier: "robustness", args: [ramp(3), [1], 1, 0.5], throws: true },
    { name: "empty signal must throw", tier: "robustness", args: [[], [1]], throws: true },
    { name: "empty kernel must throw", tier: "robustness", args: [ramp(3), []], throws: true },
    { name: "negative stride must throw", tier: "robustness", args: [ramp(3), [1], -1], throws: true },
    { name: "stride 0 must throw", tier: "robustness", args: [ramp(3), [1], 0], throws: true },
  ],
  random: {
    seed: 20261214,
    count: 25,
    // Lengths first, then samples and weights as flat arrays cut to length: every part shrinks
    // on its own (lengths toward 1, stride toward 1, padding toward 0, values toward 0).
    args: (fc) =>
      fc
        .tuple(
          fc.integer({ min: 1, max: 16 }),
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 0, max: 2 }),
          fc.array(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            { minLength: 16, maxLength: 16 },
          ),
          fc.array(
            fc.integer({ min: -500, max: 500 }).map((v) => v / 100),
            { minLength: 6, maxLength: 6 },
          ),
        )
        .map(([n, kWanted, stride, padding, samples, weights]) => {
          // The kernel fits the unpadded signal here: kernels that fit only once padded have
          // their own fixed cases.
          const k = Math.min(kWanted, n);
          return [samples.slice(0, n), weights.slice(0, k), stride, padding];
        }),
  },
});
