import { describe, expect, it } from "vitest";
import { transpileTypeScript } from "@/lib/exercises/transpile";

describe("transpileTypeScript", () => {
  it("strips types and turns the export into a CommonJS export", () => {
    const result = transpileTypeScript("export function f(x: number[]): number { return x.length as number; }\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).not.toContain(": number");
    expect(result.code).toContain("exports.f = f");
    const moduleExports: Record<string, unknown> = {};
    new Function("exports", result.code)(moduleExports);
    expect((moduleExports.f as (x: number[]) => number)([1, 2, 3])).toBe(3);
  });

  it("does not block on type errors (they are the editor's job)", () => {
    const result = transpileTypeScript('export function f(x: number): string { return x * 2; }\nconst s: number = "text";\n');
    expect(result.ok).toBe(true);
  });

  it("reports a syntax error with its line and 1-based column", () => {
    const result = transpileTypeScript("export function f(x: number[]) {\n  return x.map((v) => v * 2;\n}\n");
    expect(result).toEqual({ ok: false, message: 'Unexpected token, expected ","', line: 2, column: 29 });
  });
});
