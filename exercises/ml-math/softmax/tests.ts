import { defineTests } from "@/lib/exercises/test-kit";

export default defineTests({
  fixed: [
    { name: "a single logit is certain", args: [[-3.7]], expected: [1] },
    { name: "very negative logits do not underflow to 0/0", args: [[-1000, -1000, -1000]] },
    { name: "one dominant logit", args: [[1000, 0, -1000]] },
    { name: "mixed magnitudes", args: [[710, 709, 700, -5]] },
    { name: "shift invariance at large offset", args: [[1e6 + 1, 1e6 + 2, 1e6 + 3]] },
    { name: "ties keep equal probabilities", args: [[2, 5, 5, 2]] },
    { name: "negative and positive logits", args: [[-2.5, 0.3, 4.1, -0.7, 1.9]] },
    { name: "logits summing to zero", args: [[-1, 1, -2, 2]] },
    { name: "tiny differences", args: [[1e-9, 2e-9, 3e-9]] },
    { name: "long vector", args: [Array.from({ length: 200 }, (_, i) => Math.sin(i) * 30)] },
    { name: "empty input must throw", args: [[]], throws: true },
  ],
  random: {
    seed: 20261121,
    count: 25,
    args: (fc) =>
      fc.tuple(fc.array(fc.integer({ min: -200000, max: 200000 }).map((v) => v / 100), { minLength: 1, maxLength: 12 })),
  },
});
