import { defineTests } from "@/lib/exercises/test-kit";

/** log(1 + e^-1 + e^-2): the log-sum-exp of (1, 2, 3) minus its maximum 3. */
const lse123 = Math.log(1 + Math.exp(-1) + Math.exp(-2));

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a single logit has log-probability 0", args: [[-3.7]], expected: [0] },
    { name: "three logits: z_i - 3 - log(1 + e^-1 + e^-2)", args: [[1, 2, 3]], expected: [-2 - lse123, -1 - lse123, -lse123] },
    { name: "equal logits: -ln 4 each", args: [[0, 0, 0, 0]], expected: [-Math.log(4), -Math.log(4), -Math.log(4), -Math.log(4)] },
    { name: "[1000, 1000] overflows without the max shift", args: [[1000, 1000]], expected: [-Math.LN2, -Math.LN2] },
    { name: "very negative logits underflow without the max shift", args: [[-1000, -1000, -1000]], expected: [-Math.log(3), -Math.log(3), -Math.log(3)] },
    { name: "a probability of e^-1000 has log-probability -1000, not -Infinity", args: [[0, -1000]], expected: [0, -1000] },
    { name: "one dominant logit", args: [[1000, 0, -1000]], expected: [0, -1000, -2000] },
    { name: "mixed magnitudes around the overflow point", args: [[710, 709, 700, -5]] },
    { name: "shift invariance at a large offset", args: [[1e6 + 1, 1e6 + 2, 1e6 + 3]], expected: [-2 - lse123, -1 - lse123, -lse123] },
    { name: "ties keep equal log-probabilities", args: [[2, 5, 5, 2]] },
    {
      name: "a masked logit (-Infinity) has log-probability -Infinity",
      tier: "robustness",
      args: [[0, -Infinity, 0]],
      expected: [-Math.LN2, -Infinity, -Math.LN2],
    },
    { name: "negative and positive logits", args: [[-2.5, 0.3, 4.1, -0.7, 1.9]] },
    { name: "tiny differences", args: [[1e-9, 2e-9, 3e-9]] },
    { name: "a long vector", args: [Array.from({ length: 200 }, (_, i) => Math.sin(i) * 30)] },
    { name: "a long vector with a huge spread", args: [Array.from({ length: 50 }, (_, i) => (i - 25) * 80)] },
    { name: "an empty vector gives an empty vector", args: [[]], expected: [] },
    { name: "a fully masked vector has no distribution and must throw", tier: "robustness", args: [[-Infinity, -Infinity]], throws: true },
    { name: "a NaN logit must throw", tier: "robustness", args: [[0, Number.NaN]], throws: true },
    { name: "a +Infinity logit must throw", tier: "robustness", args: [[Infinity, 0]], throws: true },
  ],
  random: {
    seed: 20261303,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: -200000, max: 200000 }).map((v) => v / 100),
          { minLength: 1, maxLength: 12 },
        ),
      ),
  },
});
