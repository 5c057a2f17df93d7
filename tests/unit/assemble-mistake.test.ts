import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assembleMistake } from "@/lib/exercises/assemble-mistake";
import { splitTopLevelDeclarations } from "@/lib/exercises/split-declarations";
import { overrideOf } from "@/lib/cli/write-mistake-overrides";

const REFERENCE = `// Header of the reference.

/** The entry point. */
export function fit(X: number[][], y: number[]): Model {
  return { weights: solve(X, y), bias: 0 };
}

type Model = { weights: number[]; bias: number };

/** Solves by least squares. */
function solve(X: number[][], y: number[]): number[] {
  return X[0].map(() => y[0]);
}

/** Overloads stay one piece. */
export function predict(model: Model, x: number[]): number;
export function predict(model: Model, x: number[][]): number[];
export function predict(model: Model, x: number[] | number[][]): number | number[] {
  return 0;
}
`;

function exerciseFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? exerciseFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

describe("splitTopLevelDeclarations", () => {
  it("gives each declaration its doc comment, keeps overloads together, and joins back to the file", () => {
    const chunks = splitTopLevelDeclarations(REFERENCE);
    expect(chunks.map((chunk) => chunk.name)).toEqual([null, "fit", "Model", "solve", "predict"]);
    expect(chunks[3].text.startsWith("/** Solves by least squares. */\nfunction solve")).toBe(true);
    expect(chunks[4].text.match(/export function predict/g)).toHaveLength(3);
    expect(chunks.map((chunk) => chunk.text).join("")).toBe(REFERENCE);
  });

  it("gives every exercise file back exactly", () => {
    for (const file of exerciseFiles(path.resolve("exercises"))) {
      const source = fs.readFileSync(file, "utf8");
      expect(
        splitTopLevelDeclarations(source)
          .map((chunk) => chunk.text)
          .join(""),
        file,
      ).toBe(source);
    }
  });
});

describe("assembleMistake", () => {
  it("replaces the declarations the override names, in the reference's order, and keeps the rest", () => {
    const override = "function solve(X: number[][], y: number[]): number[] {\n  return [];\n}\n";
    const assembled = assembleMistake(REFERENCE, override);
    expect(assembled).toBe(
      REFERENCE.replace(
        "/** Solves by least squares. */\nfunction solve(X: number[][], y: number[]): number[] {\n  return X[0].map(() => y[0]);\n}\n",
        override,
      ),
    );
  });

  it("puts a new declaration after the override declaration it follows, and a new header first", () => {
    const override =
      "// The mistake's header.\n\nexport function fit(X: number[][], y: number[]): Model {\n  return { weights: helper(y), bias: 0 };\n}\n\nfunction helper(y: number[]): number[] {\n  return y;\n}\n";
    const names = splitTopLevelDeclarations(assembleMistake(REFERENCE, override)).map((chunk) => chunk.name);
    expect(names).toEqual([null, "fit", "helper", "Model", "solve", "predict"]);
    expect(assembleMistake(REFERENCE, override).startsWith("// The mistake's header.")).toBe(true);
  });

  it("turns a complete wrong solution into an override that assembles to the same declarations", () => {
    const mistake = REFERENCE.replace("bias: 0 };\n}\n\ntype", "bias: 1 };\n}\n\ntype");
    const override = overrideOf(REFERENCE, mistake);
    expect(override).toBe(
      "/** The entry point. */\nexport function fit(X: number[][], y: number[]): Model {\n  return { weights: solve(X, y), bias: 1 };\n}\n",
    );
    expect(assembleMistake(REFERENCE, override)).toBe(mistake);
  });
});
