import { describe, expect, it } from "vitest";
import { valueDistance } from "@/grader/value-distance";

describe("valueDistance", () => {
  it("is the largest absolute difference over values of one shape", () => {
    expect(valueDistance([1, 2, [3, 4]], [1, 2.5, [3, 3]])).toBe(1);
    expect(valueDistance({ w: [1, 2], b: 0 }, { w: [1, 2], b: 0.25, extra: 9 })).toBe(0.25);
    expect(valueDistance(3, 3)).toBe(0);
  });

  it("treats NaN like NaN and an infinity like itself, and anything else unequal as infinitely far", () => {
    expect(valueDistance([Number.NaN, Infinity], [Number.NaN, Infinity])).toBe(0);
    expect(valueDistance(Number.NaN, 0)).toBe(Infinity);
    expect(valueDistance(Infinity, 1e308)).toBe(Infinity);
    expect(valueDistance([1, 2], [1, 2, 3])).toBe(Infinity);
    expect(valueDistance([[1]], [1])).toBe(Infinity);
    expect(valueDistance({ w: 1 }, { b: 1 })).toBe(Infinity);
    expect(valueDistance("a", "b")).toBe(Infinity);
  });
});
