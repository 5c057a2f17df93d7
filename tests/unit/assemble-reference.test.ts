import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleMistake } from "@/lib/exercises/assemble-mistake";
import { assembleReference } from "@/lib/exercises/assemble-reference";
import { hashGradedFiles } from "@/lib/exercises/hash-graded-files";
import { evaluateModule } from "@/lib/exercises/load-runtime";
import { findCopiedDeclarations } from "@/lib/exercises/find-copied-declarations";

const STEPS = `/** Steps the track's references share. */

/** Mean of a non-empty list. */
export function mean(x: number[]): number {
  return sum(x) / x.length;
}

/** Sum, used by mean only. */
export function sum(x: number[]): number {
  return x.reduce((total, value) => total + value, 0);
}

/** Not imported by anyone below. */
export function unused(): number {
  return 42;
}
`;

const REFERENCE = `import { mean } from "../reference-steps";

/** Centres the data. */
export function centre(x: number[]): number[] {
  const m = mean(x);
  return x.map((value) => value - m);
}
`;

let root: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "gd-steps-"));
  write("stats/reference-steps.ts", STEPS);
  write("stats/centre/reference.ts", REFERENCE);
  write(
    "other/project/reference.ts",
    `import { sum } from "../../stats/reference-steps";\n\nexport function total(x: number[]): number {\n  return sum(x);\n}\n`,
  );
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("assembleReference", () => {
  it("puts the imported steps and the steps they use in place of the import, unexported, and nothing else", () => {
    const assembled = assembleReference(root, path.join(root, "stats/centre/reference.ts"));
    expect(assembled).not.toContain("import");
    expect(assembled).toContain("function mean(x: number[])");
    expect(assembled).toContain("function sum(x: number[])"); // mean calls it
    expect(assembled).not.toContain("unused");
    expect(assembled).not.toMatch(/export function (mean|sum)/);
    const centre = evaluateModule(assembled, "reference.ts", {}).centre as (x: number[]) => number[];
    expect(centre([1, 2, 3, 6])).toEqual([-2, -1, 0, 3]);
  });

  it("lets a known mistake override a shared step as if the reference had written it out", () => {
    const assembled = assembleReference(root, path.join(root, "stats/centre/reference.ts"));
    const mistake = assembleMistake(assembled, "/** Divides by n - 1. */\nfunction mean(x: number[]): number {\n  return sum(x) / (x.length - 1);\n}\n");
    expect(mistake.match(/function mean/g)).toHaveLength(1);
    const centre = evaluateModule(mistake, "mistake.ts", {}).centre as (x: number[]) => number[];
    expect(centre([1, 2, 3])).toEqual([-2, -1, 0]);
  });

  it("takes steps from another track's file (a project reusing a track's steps)", () => {
    const total = evaluateModule(assembleReference(root, path.join(root, "other/project/reference.ts")), "reference.ts", {}).total as (x: number[]) => number;
    expect(total([1, 2, 3])).toBe(6);
  });

  it("names the file and the reason for an import it cannot take", () => {
    const attempt = (file: string, source: string) => {
      write(file, source);
      return () => assembleReference(root, path.join(root, file));
    };
    expect(attempt("stats/a/reference.ts", `import { mean } from "../a/helpers";\n`)).toThrow(
      /stats\/a\/reference.ts may import relatively only from a reference-steps.ts/,
    );
    expect(attempt("stats/b/reference.ts", `import { mean as m } from "../reference-steps";\n`)).toThrow(/by its own name/);
    expect(attempt("stats/c/reference.ts", `import { median } from "../reference-steps";\n`)).toThrow(
      /stats\/reference-steps.ts has no top-level declaration "median"/,
    );
    expect(attempt("stats/d/reference.ts", `import { x } from "../../../outside/reference-steps";\n`)).toThrow(/under exercises\//);
  });
});

describe("hashGradedFiles with shared files", () => {
  it("changes when a shared step in another track changes, since the project imports it", () => {
    const before = hashGradedFiles(root, "other/project");
    write("stats/reference-steps.ts", STEPS.replace("return 42;", "return 43;"));
    expect(hashGradedFiles(root, "other/project")).not.toBe(before);
    write("stats/reference-steps.ts", STEPS);
    expect(hashGradedFiles(root, "other/project")).toBe(before);
  });
});

describe("findCopiedDeclarations", () => {
  it("names a helper written in two exercises, and leaves overrides, a starter's own types and small constants alone", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-copies-"));
    const put = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    const helper = "/** Doc comments may differ. */\nfunction hilbert(n: number): number[][] {\n  return [[n]];\n}\n";
    const type = "type Model = { weights: number[]; bias: number; trainedOn: string };\n";
    put("t/a/tests.ts", `const n = 1000;\n\n${helper}`);
    put("t/b/tests.ts", `const n = 1000;\n\n${helper.replace("Doc comments may differ.", "Another comment.")}`);
    put("t/a/reference.ts", `${type}\nexport function f(): number {\n  return 1;\n}\n`);
    put("t/a/starter.ts", `${type}\nexport function f(): number {\n  return 0;\n}\n`);
    put("t/a/mistakes/m.ts", "export function f(): number {\n  return 1;\n}\n");
    try {
      expect(findCopiedDeclarations(dir)).toEqual([
        "t/b/tests.ts: hilbert is a copy of hilbert in t/a/tests.ts: keep one in the track's test-data.ts and import it",
      ]);
      put("t/b/reference.ts", type);
      expect(findCopiedDeclarations(dir)).toContain(
        "t/b/reference.ts: Model is a copy of Model in t/a/reference.ts: keep one in the track's reference-steps.ts and import it",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sees through renamed names and the arrow form, but not through a different call, message, side or one-line step", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-renamed-"));
    const put = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    const matmul =
      "function matmul(A: number[][], B: number[][]): number[][] {\n  return A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));\n}\n";
    const product =
      "const product = (X: number[][], Y: number[][]): number[][] => {\n  return X.map((r) => Y[0].map((_, c) => r.reduce((t, x, p) => t + x * Y[p][c], 0)));\n};\n";
    const check = (message: string) =>
      `function checkN(n: number): void {\n  if (!Number.isInteger(n) || n < 1) throw new Error(\`${message}, got \${n}\`);\n}\n`;
    put("t/a/reference.ts", `${matmul}\n${check("n must be a positive integer")}\nfunction below(a: number, b: number): boolean {\n  return a < b;\n}\n`);
    put("t/b/reference.ts", `${product}\n${check("n must be at least 1")}\nfunction isNearer(d: number, best: number): boolean {\n  return d < best;\n}\n`);
    put("t/c/reference.ts", `${matmul.replace("row.reduce", "sumOf(row).reduce")}`);
    // Read first: a test written like a reference step is not a copy, and hides no reference copy.
    put("t/0/tests.ts", matmul);
    try {
      expect(findCopiedDeclarations(dir)).toEqual([
        "t/b/reference.ts: product is a copy of matmul in t/a/reference.ts: keep one in the track's reference-steps.ts and import it",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
