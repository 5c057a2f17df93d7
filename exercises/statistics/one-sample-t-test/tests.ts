import { defineTests } from "@/lib/exercises/test-kit";

const long = Array.from({ length: 200 }, (_, i) => Math.round((Math.sin(i * 1.7) * 50 + 20) * 100) / 100);

export default defineTests<typeof import("./reference")>({
  fixed: [
    // Closed forms of the two-sided p value: df = 1 (Cauchy) 1 - (2/pi) atan|t|;
    // df = 2: 1 - |t| / sqrt(2 + t^2); df = 4: 1 - sin(u) (1 + cos(u)^2 / 2) with u = atan(|t| / 2).
    { name: "two values (df = 1): t = 2", args: [[1, 3], 0], expected: { t: 2, df: 1, p: 1 - (2 / Math.PI) * Math.atan(2) } },
    {
      name: "three values (df = 2)",
      args: [[1, 2, 6], 0],
      expected: { t: 3 / Math.sqrt(7 / 3), df: 2, p: 1 - 3 / Math.sqrt(7 / 3) / Math.sqrt(2 + 9 / (7 / 3)) },
    },
    { name: "five values (df = 4): t = sqrt 2", args: [[1, 2, 3, 4, 5], 2], expected: { t: Math.SQRT2, df: 4, p: 1 - 4 / (3 * Math.sqrt(3)) } },
    { name: "mean below mu0: t < 0, same p", args: [[1, 2, 3, 4, 5], 4], expected: { t: -Math.SQRT2, df: 4, p: 1 - 4 / (3 * Math.sqrt(3)) } },
    { name: "mean equal to mu0: t = 0, p = 1", args: [[1, 2, 3], 2], expected: { t: 0, df: 2, p: 1 } },
    // Values below: scipy.stats.ttest_1samp(x, mu0).
    { name: "seven measurements", args: [[5.1, 4.9, 5.6, 5.8, 6, 5.4, 5.2], 5], expected: { t: 2.873478855663457, df: 6, p: 0.028298006198553865 } },
    {
      name: "negative values, mean below mu0",
      args: [[-2.3, -1.9, -2.8, -2.1, -2.5, -3, -1.7, -2.2], -2],
      expected: { t: -2.013623663820908, df: 7, p: 0.08391600226941763 },
    },
    {
      name: "strongly negative t",
      args: [[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], 20],
      expected: { t: -11.048842612551013, df: 11, p: 2.7055065500898336e-7 },
    },
    { name: "huge t, p about 1e-9", args: [[10.1, 10.2, 9.9, 10, 10.1, 9.95], 5], expected: { t: 110.82742494890614, df: 5, p: 1.134198022473323e-9 } },
    { name: "small magnitudes", args: [[0.0021, 0.0019, 0.0024, 0.0018, 0.0022], 0.002], expected: { t: 0.7492686492653532, df: 4, p: 0.49535430889103355 } },
    {
      name: "large offset, small spread (compute the mean first)",
      args: [[1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 6], 1e9 + 1],
      expected: { t: 1.851640199545103, df: 3, p: 0.1611618472135195 },
    },
    { name: "n = 200", args: [long, 15], expected: { t: 1.974950221161648, df: 199, p: 0.04965654001898502 } },
    { name: "n = 200, mu0 far from the mean", args: [long, 30] },
    { name: "t far in the tail: p underflows towards 0", args: [[100, 100.001, 99.999, 100.002], 0] },
    { name: "an empty sample must throw", tier: "required", args: [[], 0], throws: true },
    { name: "a single value must throw", tier: "robustness", args: [[4.2], 4], throws: true },
    { name: "all values equal must throw (s = 0)", tier: "robustness", args: [[5, 5, 5], 4], throws: true },
    { name: "all values equal to mu0 must throw (0 / 0)", tier: "robustness", args: [[2, 2, 2, 2], 2], throws: true },
    { name: "[0.1, 0.1, 0.1] must throw (its computed sum of squares is 6e-34, not 0)", tier: "robustness", args: [[0.1, 0.1, 0.1], 0.1], throws: true },
    {
      name: "seven copies of 0.7 must throw (its computed spread is rounding noise)",
      tier: "robustness",
      args: [[0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7], 0],
      throws: true,
    },
  ],
  random: {
    seed: 20261202,
    count: 25,
    args: (fc) =>
      fc.tuple(
        fc
          .array(
            fc.integer({ min: -5000, max: 5000 }).map((v) => v / 100),
            { minLength: 2, maxLength: 12 },
          )
          .filter((x) => x.some((v) => v !== x[0])),
        fc.integer({ min: -3000, max: 3000 }).map((v) => v / 100),
      ),
  },
});
