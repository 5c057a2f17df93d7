import { afterEach, describe, expect, it } from "vitest";
import { transpileLearnerCode } from "@/grader/transpile-learner-code";

const source = (n: number) => `export function f(x: number): number {\n  return x + ${n};\n}\n`;

afterEach(() => {
  delete process.env.GD_TRANSPILE_CACHE;
});

describe("transpileLearnerCode (the per-process transpile cache)", () => {
  it("transpiles once per source: a Run then a Submit of the same code reuse the output", () => {
    const first = transpileLearnerCode(source(1));
    expect(first).toEqual({ ok: true, code: expect.stringContaining("return x + 1") });
    expect(transpileLearnerCode(source(1))).toBe(first);
    expect(transpileLearnerCode(source(2))).not.toBe(first);
    expect(transpileLearnerCode(source(2))).toEqual({ ok: true, code: expect.stringContaining("return x + 2") });
  });

  it("keeps a syntax error with its position, and a changed source is transpiled again", () => {
    const broken = "export function f(x: number) {\n  return x +;\n}\n";
    const error = transpileLearnerCode(broken);
    expect(error).toMatchObject({ ok: false, line: 2 });
    expect(transpileLearnerCode(broken)).toBe(error);
    expect(transpileLearnerCode(broken.replace("x +;", "x + 1;"))).toMatchObject({ ok: true });
  });

  it("forgets the least recently used source after 64 others", () => {
    const kept = transpileLearnerCode(source(1000));
    const dropped = transpileLearnerCode(source(1001));
    for (let i = 0; i < 63; i++) {
      transpileLearnerCode(source(2000 + i));
      expect(transpileLearnerCode(source(1000))).toBe(kept); // used again: stays
    }
    expect(transpileLearnerCode(source(1001))).not.toBe(dropped);
    expect(transpileLearnerCode(source(1000))).toBe(kept);
  });

  it("is off with GD_TRANSPILE_CACHE=0", () => {
    process.env.GD_TRANSPILE_CACHE = "0";
    const first = transpileLearnerCode(source(3));
    expect(transpileLearnerCode(source(3))).not.toBe(first);
    expect(transpileLearnerCode(source(3))).toEqual(first);
  });
});
