import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue, formatNumber, formatValue, hostMaterializers, RNG_SOURCE } from "@/lib/exercises/values";
import { parameterNamesOf } from "@/grader/cases";

describe("value encoding", () => {
  it("round-trips non-finite numbers and undefined through JSON", () => {
    const value = [NaN, Infinity, -Infinity, 1.5, { a: undefined, b: [-0.25] }];
    const decoded = decodeValue(JSON.parse(JSON.stringify(encodeValue(value)))) as unknown[];
    expect(decoded[0]).toBeNaN();
    expect(decoded.slice(1, 4)).toEqual([Infinity, -Infinity, 1.5]);
    expect(decoded[4]).toEqual({ a: undefined, b: [-0.25] });
  });

  it("materializes function and rng markers only when asked", () => {
    const encoded = [{ $fn: "x => x * 3" }, { $rng: 42 }];
    expect(decodeValue(encoded)).toEqual(encoded);
    const [triple, rng] = decodeValue(encoded, hostMaterializers) as [(x: number) => number, () => number];
    expect(triple(2)).toBe(6);
    const first = rng();
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(1);
    const again = (new Function(`return ${RNG_SOURCE}`)() as (seed: number) => () => number)(42);
    expect(again()).toBe(first);
  });

  it("formats numbers as a learner would write them", () => {
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1 / 3)).toBe("0.3333333333");
    expect(formatNumber(1.5e-20)).toBe("1.5e-20");
    expect(formatValue([1, [NaN, Infinity]])).toBe("[1, [NaN, Infinity]]");
  });
});

describe("parameterNamesOf", () => {
  it("reads parameter names, skipping nested function types and object types", () => {
    expect(parameterNamesOf("(z: number[]) => number[]")).toEqual(["z"]);
    expect(parameterNamesOf("(f: (x: number) => number, x: number, h?: number) => number")).toEqual(["f", "x", "h"]);
    expect(parameterNamesOf("(p: number[], s: { m: number[]; t: number }, lr?: number) => { p: number[] }")).toEqual(["p", "s", "lr"]);
  });
});
