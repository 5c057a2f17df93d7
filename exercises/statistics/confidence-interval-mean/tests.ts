import { defineTests } from "@/lib/exercises/test-kit";

// A long sample (n = 200, df = 199): the t quantile is close to the normal 1.96, but not equal.
const long = Array.from({ length: 200 }, (_, i) => Math.round((Math.sin(i * 1.7) * 50 + 20) * 100) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    // n = 2: df = 1 is the Cauchy distribution, whose quantile is tan(pi (p - 1/2)).
    { name: "two values, 50%: df = 1 and t* = tan(pi / 4) = 1", args: [[0, 2], 0.5], expected: [0, 2] },
    {
      name: "two values, 90%: t* = tan(0.45 pi) = 6.3138",
      args: [[3, 5], 0.9],
      expected: [4 - Math.tan(0.45 * Math.PI), 4 + Math.tan(0.45 * Math.PI)],
    },
    // n = 3: df = 2 has the closed-form quantile (2p - 1) / sqrt(2 p (1 - p)).
    {
      name: "three values, 90%: df = 2 closed form",
      args: [[1, 2, 3], 0.9],
      expected: [2 - 0.9 / Math.sqrt(2 * 0.95 * 0.05) / Math.sqrt(3), 2 + 0.9 / Math.sqrt(2 * 0.95 * 0.05) / Math.sqrt(3)],
    },
    // Values below: scipy.stats.t.interval(confidence, n - 1, loc=mean, scale=sem).
    { name: "five measurements, 95%", args: [[12.1, 11.8, 12.4, 12, 11.9], 0.95], expected: [11.754147480901297, 12.325852519098701] },
    { name: "six measurements, 99%", args: [[9.8, 10.2, 10.4, 9.9, 10, 10.1], 0.99], expected: [9.711065080495295, 10.422268252838037] },
    { name: "mean near zero, 90%", args: [[-3.5, 1.25, 0.5, -0.75, 2, -1.5, 0], 0.9], expected: [-1.6367743850678482, 1.0653458136392757] },
    {
      name: "very high confidence, 99.9999%",
      args: [[101.3, 98.7, 100.4, 99.9, 102.2, 97.6, 100.8, 99.1, 101.7, 98.3], 0.999999],
      expected: [94.32827069343548, 105.67172930649033],
    },
    { name: "very low confidence, 1%: a narrow interval", args: [[5.5, 6.5, 4, 7], 0.01], expected: [5.741001763616349, 5.758998236383651] },
    { name: "small magnitudes, 80%", args: [[0.021, 0.019, 0.024, 0.018, 0.022], 0.8], expected: [0.01916298366353673, 0.022437016336463275] },
    { name: "wide spread, 97.5%", args: [[-250, 130, 475, -60, 890, 15], 0.975], expected: [-335.8952423180755, 735.8952423180763] },
    { name: "n = 200, 95%: t* = 1.972, not 1.96", args: [long, 0.95], expected: [15.007496204341695, 24.88310379565831] },
    { name: "n = 200, 99%", args: [long, 0.99] },
    { name: "all values equal: zero width", tier: "robustness", args: [[4, 4, 4], 0.95], expected: [4, 4] },
    { name: "negative values, 95%", args: [[-12, -15, -11, -14, -13, -16, -10, -9], 0.95] },
    { name: "order of the values does not matter", args: [[9, 7, 5, 5, 4, 4, 4, 2], 0.95], expected: [3.21251208176379, 6.787487918236209] },
    { name: "an empty sample must throw", tier: "required", args: [[], 0.95], throws: true },
    { name: "a single value must throw", tier: "robustness", args: [[5], 0.95], throws: true },
    { name: "confidence 0 must throw", tier: "robustness", args: [[1, 2, 3], 0], throws: true },
    { name: "confidence 1 must throw", tier: "robustness", args: [[1, 2, 3], 1], throws: true },
    { name: "confidence 95 (a percentage) must throw", tier: "robustness", args: [[1, 2, 3], 95], throws: true },
    { name: "negative confidence must throw", tier: "robustness", args: [[1, 2, 3], -0.5], throws: true },
  ],
  random: {
    seed: 20261201,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc.array(
          fc.integer({ min: -5000, max: 5000 }).map((v) => v / 100),
          { minLength: 2, maxLength: 12 },
        ),
        fc.oneof(
          fc.constantFrom(0.9, 0.95, 0.99),
          fc.integer({ min: 1, max: 999 }).map((v) => v / 1000),
        ),
      ),
  },
});
