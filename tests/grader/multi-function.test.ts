import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool } from "@/grader/pool";
import { toLearnerView } from "@/lib/grading/learner-view";
import { writeTwoFunctionExercise } from "../fixtures/two-function-exercise";

/** A multi-function exercise (the shape of track H) through real grading processes. */
let pool: GraderPool;
let exercisesDir: string;
const saved = process.env.GD_EXERCISES_DIR;

beforeAll(() => {
  exercisesDir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-multi-"));
  writeTwoFunctionExercise(exercisesDir);
  process.env.GD_EXERCISES_DIR = exercisesDir; // inherited by the grading processes
  pool = new GraderPool({ size: 1 });
});

afterAll(async () => {
  await pool.close();
  process.env.GD_EXERCISES_DIR = saved;
  fs.rmSync(exercisesDir, { recursive: true, force: true });
});

const DOUBLE = "export function double(x: number[]): number[] {\n  return x.map((v) => 2 * v);\n}\n";
const TOTAL = 'export function total(x: number[]): number {\n  if (x.length === 0) throw new Error("empty");\n  return x.reduce((a, b) => a + b, 0);\n}\n';

describe("multi-function exercises", () => {
  it("routes each case to its function and accepts a solution exporting both", async () => {
    const result = await pool.grade("two-step", DOUBLE + TOTAL, "submit");
    expect(result.verdict).toBe("accepted");
    expect(result.total).toBe(2 + 3 + 10);
    expect(result.tests.map((test) => test.function)).toEqual([
      "double",
      "total",
      "double",
      "total",
      "total",
      ...Array(5).fill("double"),
      ...Array(5).fill("total"),
    ]);
    expect(result.tests[2 + 3].name).toBe("double: random #1");
    expect(result.tests[0].input).toBe("double(x)\nx = [1, 2]");
  });

  it("a missing export is a runtime error on the tests of that function only", async () => {
    const result = await pool.grade("two-step", DOUBLE, "submit");
    expect(result.verdict).toBe("runtime_error");
    const failed = result.tests.filter((test) => test.status !== "passed");
    expect(failed.length).toBe(1 + 2 + 5);
    expect(failed.every((test) => test.function === "total")).toBe(true);
    expect(failed[0].message).toContain("must export a function named total");
    expect(result.tests.filter((test) => test.function === "double").every((test) => test.status === "passed")).toBe(true);
  });

  it("diagnoses a mistake per function, whatever the other function does", async () => {
    const offByOne = TOTAL.replace("return x.reduce((a, b) => a + b, 0);", "let s = 0;\n  for (let i = 1; i < x.length; i++) s += x[i];\n  return s;");
    const totalWrong = await pool.grade("two-step", DOUBLE + offByOne, "submit");
    expect(totalWrong.verdict).toBe("wrong_answer");
    expect(totalWrong.mistake?.id).toBe("total-off-by-one");

    // Both functions wrong, each matching its mistake fully: the tie goes to the mistake that
    // explains more failing cases (total's: it has more cases than double here).
    const triple = DOUBLE.replace("2 * v", "3 * v");
    const bothWrong = await pool.grade("two-step", triple + offByOne, "submit");
    expect(bothWrong.mistake?.id).toBe("total-off-by-one");
    // A second flaw in total (a wrong empty check) does not hide double's mistake.
    const tripleOnly = await pool.grade("two-step", triple + TOTAL.replace('throw new Error("empty")', "return 0"), "submit");
    expect(tripleOnly.mistake?.id).toBe("triple");
  });

  it("shrinks a failing random case with its own function's generator", async () => {
    const wrongOnLong = TOTAL.replace("return x.reduce", "return x.length >= 3 ? 0 : x.reduce");
    const result = await pool.grade("two-step", DOUBLE + wrongOnLong, "submit");
    expect(result.failingCase?.testName).toMatch(/^total: random #/);
    expect(result.failingCase?.shrunk).toBe(true);
    expect(result.failingCase?.input).toMatch(/^total\(x\)\nx = \[-?\d, -?\d, -?\d\]$/);
  });

  it("carries visible examples' outputs as data, never hidden tests', and the learner view keeps it so", async () => {
    const triple = DOUBLE.replace("2 * v", "3 * v");
    for (const mode of ["run", "submit"] as const) {
      const result = await pool.grade("two-step", triple + TOTAL, mode);
      const examples = result.tests.filter((test) => !test.hidden);
      expect(examples.map((test) => test.actualValue)).toEqual(["[3,6]", "6"]);
      expect(result.tests.filter((test) => test.hidden).every((test) => test.actualValue === undefined)).toBe(true);
      const view = toLearnerView(result);
      expect(view.tests.filter((test) => !test.hidden).map((test) => test.actualValue)).toEqual(["[3,6]", "6"]);
    }
  });
});
