import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadExerciseCatalog } from "@/lib/exercises/load-catalog";

const SOFTMAX = path.resolve("exercises/ml-math/softmax");
const tempDirs: string[] = [];

/** A temporary exercises folder holding a copy of softmax under `folder`, edited by `edit`. */
function exercisesWith(folders: { folder: string; edit?: (dir: string) => void }[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "gd-exercises-"));
  tempDirs.push(root);
  for (const { folder, edit } of folders) {
    const dir = path.join(root, folder);
    fs.cpSync(SOFTMAX, dir, { recursive: true });
    edit?.(dir);
  }
  return root;
}

function editJson(file: string, change: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(fs.readFileSync(file, "utf8"));
  change(value);
  fs.writeFileSync(file, JSON.stringify(value));
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("loadExerciseCatalog", () => {
  it("loads a valid folder with its metadata, statement, starter and decoded examples", () => {
    const catalog = loadExerciseCatalog(exercisesWith([{ folder: "ml-math/softmax" }]));
    expect(catalog.problems).toEqual([]);
    expect(catalog.exercises).toHaveLength(1);
    const [softmax] = catalog.exercises;
    expect(softmax.meta.function?.name).toBe("softmax");
    expect(softmax.meta.comparison).toEqual({ rtol: 1e-6, atol: 1e-9 });
    expect(softmax.statement).toContain("$$");
    expect(softmax.examples[0].args).toEqual([[1, 2, 3]]);
  });

  it("collects every error of a broken folder and still serves the others", () => {
    const root = exercisesWith([
      { folder: "ml-math/softmax" },
      {
        folder: "ml-math/broken",
        edit: (dir) => {
          editJson(path.join(dir, "exercise.json"), (meta) => {
            meta.uuid = "not-a-uuid";
            meta.difficulty = "impossible";
            delete meta.title;
          });
        },
      },
    ]);
    const catalog = loadExerciseCatalog(root);
    expect(catalog.exercises.map((exercise) => exercise.meta.id)).toEqual(["softmax"]);
    expect(catalog.problems).toHaveLength(1);
    const errors = catalog.problems[0].errors.join("\n");
    expect(errors).toContain("uuid");
    expect(errors).toContain("difficulty");
    expect(errors).toContain("title");
  });

  it("reports missing files, bad JSON, a folder/id mismatch and a missing mistake file", () => {
    const root = exercisesWith([
      { folder: "ml-math/no-tests", edit: (dir) => fs.rmSync(path.join(dir, "tests.ts")) },
      { folder: "ml-math/bad-json", edit: (dir) => fs.writeFileSync(path.join(dir, "examples.json"), "[{") },
      { folder: "ml-math/renamed", edit: (dir) => fs.rmSync(path.join(dir, "mistakes/no-max-shift.ts")) },
    ]);
    const problems = Object.fromEntries(loadExerciseCatalog(root).problems.map((p) => [p.folder, p.errors.join("\n")]));
    expect(problems["ml-math/no-tests"]).toContain("tests.ts is missing");
    expect(problems["ml-math/bad-json"]).toContain("examples.json: not valid JSON");
    expect(problems["ml-math/renamed"]).toContain('id "softmax" must equal the folder name "renamed"');
    expect(problems["ml-math/renamed"]).toContain("mistakes/no-max-shift.ts is missing");
  });

  it("rejects a starter identical to the reference and a track that is not the parent folder", () => {
    const root = exercisesWith([
      {
        folder: "statistics/softmax",
        edit: (dir) => fs.copyFileSync(path.join(dir, "reference.ts"), path.join(dir, "starter.ts")),
      },
    ]);
    const errors = loadExerciseCatalog(root).problems[0].errors.join("\n");
    expect(errors).toContain("starter.ts must differ from reference.ts");
    expect(errors).toContain('track "ml-math" must equal the parent folder "statistics"');
  });

  it("flags a duplicated uuid across exercises and keeps the first", () => {
    const root = exercisesWith([
      { folder: "ml-math/softmax" },
      { folder: "linear-algebra/softmax", edit: (dir) => editJson(path.join(dir, "exercise.json"), (meta) => (meta.track = "linear-algebra")) },
    ]);
    const catalog = loadExerciseCatalog(root);
    expect(catalog.exercises).toHaveLength(1);
    expect(catalog.problems[0].errors.join()).toMatch(/is already used by/);
  });

  it("orders exercises by track, then by the curriculum's row order", () => {
    const ids = loadExerciseCatalog(path.resolve("exercises")).exercises.map((exercise) => exercise.meta.id);
    expect(ids.indexOf("softmax")).toBeLessThan(ids.indexOf("binary-cross-entropy")); // alphabetical would swap them
    expect(ids.indexOf("binary-cross-entropy")).toBeLessThan(ids.indexOf("cross-entropy"));
    expect(ids.indexOf("dot-product")).toBeLessThan(ids.indexOf("softmax")); // linear algebra before ML math
  });

  it("returns an empty catalog for a missing folder instead of throwing", () => {
    expect(loadExerciseCatalog("/nonexistent/exercises")).toEqual({ exercises: [], problems: [] });
  });
});
