import { defineTests } from "@/lib/exercises/test-kit";

const minusInf = -Infinity;

export default defineTests<typeof import("./reference")>({
  fixed: [
    { name: "a single entry is its own log-sum-exp", args: [[-3.7]], expected: -3.7 },
    { name: "n equal entries give c + ln n", args: [[0, 0, 0, 0]], expected: Math.log(4) },
    { name: "logarithms of 1, 2, 3 give ln 6", args: [[0, Math.log(2), Math.log(3)]], expected: Math.log(6) },
    { name: "huge ties: 710 overflows exp on its own", args: [[710, 710, 710]], expected: 710 + Math.log(3) },
    { name: "mixed huge magnitudes", args: [[710, 709, 700, -5]], expected: 710.3132948769756 },
    { name: "one dominant entry among very negative ones", args: [[100, -100]], expected: 100 },
    { name: "entries below the underflow of exp", args: [[-745, -746]], expected: -744.6867383124818 },
    { name: "the largest doubles", tier: "robustness", args: [[1e308, 1e308]], expected: 1e308 },
    { name: "one entry far above the rest", tier: "robustness", args: [[1e6, 0, -1e6]], expected: 1e6 },
    { name: "tiny entries: ln 2 plus their mean", args: [[1e-10, 2e-10]], expected: 0.6931471807099453 },
    { name: "mixed signs", args: [[0.5, -1.25, 3.75, 2]], expected: 3.9482655221258704 },
    { name: "a masked entry (-Infinity) adds nothing", tier: "robustness", args: [[minusInf, 0]], expected: 0 },
    { name: "masked entries around large ones", tier: "robustness", args: [[minusInf, 1000, minusInf, 1000]], expected: 1000 + Math.log(2) },
    { name: "every entry -Infinity gives -Infinity", tier: "robustness", args: [[minusInf, minusInf]], expected: minusInf },
    { name: "a single -Infinity gives -Infinity", tier: "robustness", args: [[minusInf]], expected: minusInf },
    { name: "long vector of equal entries", args: [Array.from({ length: 1000 }, () => -50)], expected: -50 + Math.log(1000) },
    { name: "long vector of spread entries", args: [Array.from({ length: 200 }, (_, i) => Math.sin(i) * 800)] },
    { name: "an empty vector must throw", tier: "required", args: [[]], throws: true },
  ],
  random: {
    seed: 20261201,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.oneof(
            fc.integer({ min: -1000, max: 1000 }).map((v) => v / 100),
            fc.integer({ min: -200000, max: 200000 }).map((v) => v / 100),
          ),
          { minLength: 1, maxLength: 12 },
        ),
      ),
  },
});
