import { describe, expect, it } from "vitest";
import { compareValues, shapeOf } from "@/grader/compare";

const tol = { rtol: 1e-6, atol: 1e-9 };

function failure(expected: unknown, actual: unknown, tolerance = tol): string {
  const result = compareValues(expected, actual, tolerance);
  if (result.ok) throw new Error("expected a mismatch");
  return result.message;
}

describe("compareValues", () => {
  it("accepts values within atol + rtol * |expected| and rejects just outside", () => {
    expect(compareValues(1, 1 + 0.9e-6, tol).ok).toBe(true);
    expect(compareValues(1, 1 + 1.2e-6, tol).ok).toBe(false);
    expect(compareValues(0, 0.9e-9, tol).ok).toBe(true);
    expect(compareValues(0, 2e-9, tol).ok).toBe(false);
  });

  it("is asymmetric like numpy.allclose: the bound scales with |expected|", () => {
    expect(compareValues(1000, 1000.0009, tol).ok).toBe(true);
    expect(compareValues(1e-3, 1e-3 + 2e-9, tol).ok).toBe(false);
  });

  it("reports a shape mismatch before any value", () => {
    expect(
      failure(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 4],
          [2, 5],
          [3, 6],
        ],
      ),
    ).toBe("shape mismatch: expected 2x3, got 3x2");
    expect(failure([1, 2, 3], [1, 2])).toBe("shape mismatch: expected length 3, got length 2");
    expect(
      failure(
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2], [3]],
      ),
    ).toContain("2 rows of unequal lengths");
  });

  it("names the worst element with its index, both errors and the bound", () => {
    const message = failure(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 2.5],
        [3, 4.1],
      ],
    );
    expect(message).toContain("at [0][1]");
    expect(message).toContain("expected 2, got 2.5");
    expect(message).toContain("absolute error 5.00e-1");
    expect(message).toContain("relative error 2.50e-1");
    expect(message).toContain("2 of 4 values are outside the tolerance");
  });

  it("treats NaN as equal only where NaN is expected, and names NaN and Infinity", () => {
    expect(compareValues([NaN, 1], [NaN, 1], tol).ok).toBe(true);
    expect(failure([0.5, 0.5], [NaN, NaN])).toBe("got NaN at [0] where 0.5 was expected (2 of 2 values are outside the tolerance)");
    expect(failure(1, Infinity)).toBe("got Infinity where 1 was expected");
    expect(failure(NaN, 0)).toContain("expected NaN");
  });

  it("requires infinities to match exactly", () => {
    expect(compareValues([Infinity, -Infinity], [Infinity, -Infinity], tol).ok).toBe(true);
    expect(compareValues(Infinity, -Infinity, tol).ok).toBe(false);
    expect(compareValues(Infinity, 1e308, tol).ok).toBe(false);
  });

  it("compares objects field by field and names missing fields", () => {
    expect(compareValues({ weights: [1, 2], bias: 0.5 }, { bias: 0.5, weights: [1, 2], extra: 1 }, tol).ok).toBe(true);
    expect(failure({ weights: [1, 2], bias: 0.5 }, { weights: [1, 2] })).toBe('missing field "bias"');
    expect(failure({ state: { m: [1], t: 1 } }, { state: { m: [1], t: 2 } })).toContain("at state.t");
  });

  it("reports type mismatches in words", () => {
    expect(failure([1, 2], 3)).toBe("expected an array (length 2), got the number 3");
    expect(failure(1, "1")).toBe("expected a number, got a string");
    expect(failure(1, undefined)).toBe("expected a number, got undefined");
  });

  it("applies an exercise's own tolerance", () => {
    expect(compareValues(1, 1.001, { rtol: 1e-2, atol: 0 }).ok).toBe(true);
    expect(compareValues(0, 1e-12, { rtol: 0, atol: 0 }).ok).toBe(false);
  });
});

describe("shapeOf", () => {
  it("describes vectors and matrices as a learner would", () => {
    expect(shapeOf([1, 2, 3])).toBe("length 3");
    expect(
      shapeOf([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBe("2x3");
    expect(
      shapeOf([
        [[1], [2]],
        [[3], [4]],
      ]),
    ).toBe("2x2x1");
    expect(shapeOf([])).toBe("length 0");
  });
});
