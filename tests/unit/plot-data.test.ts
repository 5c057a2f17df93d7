import { describe, expect, it } from "vitest";
import { correlationSeries, fitLineSeries, groupSeries, lossSeries, parseEncoded } from "@/app/exercises/[id]/_components/plots/plot-data";

describe("plot data readers (the learner's value is untrusted)", () => {
  it("draws a fitted line across the x range, other features held at their means", () => {
    const series = fitLineSeries(
      [
        [
          [0, 1],
          [2, 3],
        ],
        [5, 9],
      ],
      0,
    );
    expect(series?.points).toEqual([
      { x: 0, y: 5 },
      { x: 2, y: 9 },
    ]);
    expect(series?.lineOf({ weights: [2, 10], bias: 1 })).toEqual([
      { x: 0, y: 21 },
      { x: 2, y: 25 },
    ]);
    expect(series?.lineOf({ weights: [2], bias: 1 })).toBeNull();
    expect(fitLineSeries([[[1]], [1, 2]], 0)).toBeNull();
  });

  it("reads losses and switches to a log axis when they span decades", () => {
    expect(lossSeries({ losses: [1000, 10, 1] }, { losses: [1000, 20] })).toEqual({
      rows: [
        { epoch: 0, expected: 1000, actual: 1000 },
        { epoch: 1, expected: 10, actual: 20 },
        { epoch: 2, expected: 1, actual: undefined },
      ],
      isLog: true,
      hasActual: true,
    });
    expect(lossSeries({ losses: [2, 1] }, "nonsense")).toMatchObject({ isLog: false, hasActual: false });
  });

  it("reads per-group summaries, skipping entries without a mean", () => {
    const expected = { a: { mean: 1, std: 0.5 }, b: { mean: 2, std: NaN } };
    expect(groupSeries(expected, { a: { mean: 1.5, std: 1 }, junk: 3 })).toEqual({
      rows: [
        { group: "a", expectedMean: 1, expectedStd: 0.5, actualMean: 1.5, actualStd: 1 },
        { group: "b", expectedMean: 2, expectedStd: undefined, actualMean: undefined, actualStd: undefined },
      ],
      hasActual: true,
    });
    expect(groupSeries(expected, [1, 2]).hasActual).toBe(false);
  });

  it("keeps the actual correlation matrix only when its shape matches", () => {
    const expected = [
      [1, 0.5],
      [0.5, 1],
    ];
    expect(
      correlationSeries([[], ["x", "y"]], expected, [
        [1, 0.4],
        [0.4, 1],
      ])?.actual,
    ).toEqual([
      [1, 0.4],
      [0.4, 1],
    ]);
    expect(correlationSeries([[], ["x", "y"]], expected, [[1, 0.4]])?.actual).toBeNull();
    expect(correlationSeries([[], ["x"]], expected, expected)).toBeNull();
  });

  it("decodes markers and survives malformed JSON", () => {
    expect(parseEncoded('{"std":{"$num":"NaN"}}')).toEqual({ std: NaN });
    expect(parseEncoded("{not json")).toBeUndefined();
    expect(parseEncoded(undefined)).toBeUndefined();
  });
});
