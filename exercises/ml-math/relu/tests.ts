import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "zero stays zero", args: [[0]], expected: [0] },
    { name: "a single positive entry", args: [[3.5]], expected: [3.5] },
    { name: "a single negative entry", args: [[-200]], expected: [0] },
    { name: "all positive: the identity", args: [[0.25, 1, 7, 1e6]], expected: [0.25, 1, 7, 1e6] },
    { name: "all negative: all zeros, same length", args: [[-0.25, -1, -7, -1e6]], expected: [0, 0, 0, 0] },
    { name: "alternating signs keep their positions", args: [[-1, 2, -3, 4, -5, 6]], expected: [0, 2, 0, 4, 0, 6] },
    { name: "negative zero", args: [[-0, 0, -0]], expected: [0, 0, 0] },
    { name: "huge magnitudes", args: [[1e300, -1e300, 1.5e200]], expected: [1e300, 0, 1.5e200] },
    { name: "tiny magnitudes keep their value", args: [[1e-300, -1e-300, 2.5e-12]], expected: [1e-300, 0, 2.5e-12] },
    { name: "values in (0, 1) are not rounded", args: [[0.999, 0.001, -0.999]], expected: [0.999, 0.001, 0] },
    { name: "x = +-Infinity: Infinity passes, -Infinity becomes 0", tier: "robustness", args: [[Infinity, -Infinity]], expected: [Infinity, 0] },
    { name: "a long vector", args: [Array.from({ length: 500 }, (_, i) => Math.sin(i) * (i + 1))] },
  ],
  random: {
    seed: 20261302,
    count: 20,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: -100000, max: 100000 }).map((v) => v / 100),
          { minLength: 1, maxLength: 12 },
        ),
      ),
  },
});
