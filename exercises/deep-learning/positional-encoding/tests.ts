import { defineTests } from "@/lib/exercises/test-kit";

// Closed forms: column 2i has wavelength 2 pi 10000^(2i / dModel), so column 0 is always sin(pos)
// and column 1 cos(pos); for dModel = 4 columns 2 and 3 use pos / 100; for dModel = 6, the pairs
// use pos, pos / 10000^(1/3) and pos / 10000^(2/3).
const positions = (n: number) => Array.from({ length: n }, (_, pos) => pos);
const c3 = Math.cbrt(10000);

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms.
    { name: "position 0 is (0, 1, 0, 1, ...)", args: [1, 8], expected: [[0, 1, 0, 1, 0, 1, 0, 1]] },
    { name: "dModel 2: (sin pos, cos pos)", args: [6, 2], expected: positions(6).map((p) => [Math.sin(p), Math.cos(p)]) },
    {
      name: "dModel 4: the second pair uses pos / 100",
      args: [5, 4],
      expected: positions(5).map((p) => [Math.sin(p), Math.cos(p), Math.sin(p / 100), Math.cos(p / 100)]),
    },
    {
      name: "dModel 6: the pairs use pos, pos / 10000^(1/3), pos / 10000^(2/3)",
      args: [4, 6],
      expected: positions(4).map((p) => [Math.sin(p), Math.cos(p), Math.sin(p / c3), Math.cos(p / c3), Math.sin(p / (c3 * c3)), Math.cos(p / (c3 * c3))]),
    },
    { name: "dModel 1 (odd): a single sine column", args: [5, 1], expected: positions(5).map((p) => [Math.sin(p)]) },
    {
      name: "dModel 3 (odd): the last column is a lone sine",
      args: [4, 3],
      expected: positions(4).map((p) => [Math.sin(p), Math.cos(p), Math.sin(p / (c3 * c3))]),
    },
    { name: "dModel 5 (odd)", args: [7, 5] },
    { name: "dModel 7 (odd), longer sequence", args: [30, 7] },
    { name: "a single position with dModel 1", args: [1, 1], expected: [[0]] },
    // Ordinary sizes.
    { name: "seqLen 10, dModel 8", args: [10, 8] },
    { name: "seqLen 16, dModel 16", args: [16, 16] },
    { name: "seqLen 50, dModel 64", args: [50, 64] },
    { name: "seqLen 3, dModel 512 (the original Transformer's width)", args: [3, 512] },
    { name: "long sequence: positions up to 999 with dModel 4", args: [1000, 4] },
    { name: "seqLen 1 with dModel 6", args: [1, 6], expected: [[0, 1, 0, 1, 0, 1]] },
    // Bad arguments.
    { name: "seqLen 0: no positions, no rows", args: [0, 4], expected: [] },
    { name: "dModel 0: every position gets an empty row", args: [3, 0], expected: [[], [], []] },
    { name: "negative seqLen must throw", tier: "robustness", args: [-3, 4], throws: true },
    { name: "negative dModel must throw", tier: "robustness", args: [3, -4], throws: true },
    { name: "non-integer seqLen must throw", tier: "robustness", args: [2.5, 4], throws: true },
    { name: "non-integer dModel must throw", tier: "robustness", args: [3, 4.5], throws: true },
    { name: "NaN dModel must throw", tier: "robustness", args: [3, NaN], throws: true },
  ],
  random: {
    seed: 20261219,
    count: 25,
    args: (fc) => fc.tuple(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 20 })),
  },
});
