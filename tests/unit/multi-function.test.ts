import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contractErrors, readCatalogContract } from "@/lib/exercises/catalog-contract";
import { loadExerciseCatalog } from "@/lib/exercises/load-catalog";
import { entryFunctions, ZExerciseMeta } from "@/lib/exercises/schema";
import { writeTwoFunctionExercise } from "../fixtures/two-function-exercise";

const tempDirs: string[] = [];
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "gd-multi-unit-"));
  tempDirs.push(root);
  return root;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const BASE = {
  uuid: "6f1f8a52-1f3e-4a53-9d0e-2b8f2f1a7c11",
  id: "two-step",
  title: "Two steps",
  track: "ml-math",
  difficulty: "easy",
  mistakes: [
    { id: "a", title: "First mistake", hint: "A hint long enough to be a hint." },
    { id: "b", title: "Second mistake", hint: "A hint long enough to be a hint." },
  ],
};
const DOUBLE = { name: "double", signature: "(x: number[]) => number[]" };
const TOTAL = { name: "total", signature: "(x: number[]) => number" };

describe("exercise.json: function or functions", () => {
  it("accepts either shape and lists the functions through entryFunctions", () => {
    const single = ZExerciseMeta.parse({ ...BASE, function: DOUBLE });
    const multi = ZExerciseMeta.parse({ ...BASE, functions: [DOUBLE, TOTAL] });
    expect(entryFunctions(single).map((spec) => spec.name)).toEqual(["double"]);
    expect(entryFunctions(multi).map((spec) => spec.name)).toEqual(["double", "total"]);
  });

  it("refuses both, neither, a single-entry list and a repeated name", () => {
    const messages = (value: object) => {
      const parsed = ZExerciseMeta.safeParse(value);
      return parsed.success ? "" : parsed.error.issues.map((issue) => issue.message).join("\n");
    };
    expect(messages({ ...BASE, function: DOUBLE, functions: [DOUBLE, TOTAL] })).toContain("either `function` or `functions`");
    expect(messages(BASE)).toContain("either `function` or `functions`");
    expect(messages({ ...BASE, functions: [DOUBLE] })).toContain("two or more");
    expect(messages({ ...BASE, functions: [DOUBLE, DOUBLE] })).toContain('"double" is listed twice');
  });

  it("validates plots by type", () => {
    expect(ZExerciseMeta.safeParse({ ...BASE, function: DOUBLE, plots: [{ type: "fit-line", example: "e" }] }).data?.plots).toEqual([
      { type: "fit-line", example: "e", x: 0 },
    ]);
    expect(ZExerciseMeta.safeParse({ ...BASE, function: DOUBLE, plots: [{ type: "pie", example: "e" }] }).success).toBe(false);
    expect(ZExerciseMeta.safeParse({ ...BASE, function: DOUBLE, plots: [{ type: "loss-curve", example: "e", x: 1 }] }).success).toBe(false);
  });
});

describe("loading a multi-function exercise", () => {
  it("loads the fixture", () => {
    const catalog = loadExerciseCatalog(writeTwoFunctionExercise(tempRoot()).replace(/\/ml-math\/two-step$/, ""));
    expect(catalog.problems).toEqual([]);
    expect(catalog.exercises[0].examples.map((example) => example.function)).toEqual(["double", "total"]);
  });

  it("requires every function in the starter, a known function on every example, and plots of existing examples", () => {
    const root = tempRoot();
    writeTwoFunctionExercise(root, (files) => {
      files["starter.ts"] = "export function double(x: number[]): number[] {\n  return x;\n}\n";
      files["examples.json"] = JSON.stringify([
        { name: "doubles", args: [[1]], expected: [2] },
        { name: "adds up", function: "sum", args: [[1]], expected: 1 },
      ]);
      const meta = JSON.parse(files["exercise.json"]);
      meta.plots = [
        { type: "loss-curve", example: "no such example" },
        { type: "fit-line", example: "doubles", compare: { example: "no second line", label: "other fit" } },
      ];
      files["exercise.json"] = JSON.stringify(meta);
    });
    const errors = loadExerciseCatalog(root).problems[0].errors.join("\n");
    expect(errors).toContain("starter.ts must export function total");
    expect(errors).toContain('example "doubles": say which function it calls');
    expect(errors).toContain('"function": "sum" is not one of the exercise\'s functions (double, total)');
    expect(errors).toContain('plot "loss-curve" names example "no such example"');
    expect(errors).toContain('plot "fit-line" names example "no second line"');
  });
});

describe("the catalog contract", () => {
  it("reads project rows as lists of function names", () => {
    const contract = readCatalogContract(path.resolve("exercises/CATALOG.md"));
    expect(contract.get("project-linear-regression")).toEqual({
      id: "project-linear-regression",
      functionNames: ["fit", "predict", "evaluate"],
      signature: null,
    });
    expect(contract.get("project-statistical-analysis")?.functionNames).toEqual(["summarize", "compareGroups", "correlate"]);
    expect(contract.get("softmax")).toEqual({ id: "softmax", functionNames: ["softmax"], signature: "(z: number[]) => number[]" });
  });

  it("compares a project's functions as a set, and an ordinary row's name and signature", () => {
    const project = { id: "p", functionNames: ["fit", "predict"], signature: null };
    const spec = (name: string) => ({ name, signature: "() => void" });
    expect(contractErrors(project, [spec("predict"), spec("fit")])).toEqual([]);
    expect(contractErrors(project, [spec("fit"), spec("score")])[0]).toContain("missing predict; not in the catalog: score");
    const row = { id: "softmax", functionNames: ["softmax"], signature: "(z: number[]) => number[]" };
    expect(contractErrors(row, [{ name: "softmax", signature: "(z: number[]) => number[]" }])).toEqual([]);
    expect(contractErrors(row, [{ name: "softMax", signature: "(x: number[]) => number[]" }])).toHaveLength(2);
    expect(contractErrors(row, [spec("softmax"), spec("other")])[0]).toContain("must use `function`");
  });
});
