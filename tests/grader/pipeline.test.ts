import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool } from "@/grader/pool";

/**
 * The grading pipeline through real grading processes, on a temporary copy of softmax whose
 * hidden tests are one must-throw case and random cases, so a wrong answer's first failing
 * hidden case is a random one to shrink.
 */
const CORRECT = `export function softmax(z: number[]): number[] {
  if (z.length === 0) throw new Error("empty");
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}`;

let pool: GraderPool;
let exercisesDir: string;
const saved = process.env.GD_EXERCISES_DIR;

beforeAll(() => {
  exercisesDir = fs.mkdtempSync(path.join(os.tmpdir(), "gd-pipeline-"));
  const dir = path.join(exercisesDir, "ml-math", "softmax");
  fs.cpSync(path.resolve("exercises/ml-math/softmax"), dir, { recursive: true });
  // Reference, examples and mistakes are written here: curriculum edits must not change this test.
  fs.writeFileSync(path.join(dir, "reference.ts"), CORRECT);
  fs.writeFileSync(
    path.join(dir, "examples.json"),
    JSON.stringify([
      { name: "three logits", args: [[1, 2, 3]], expected: [0.09003057317038046, 0.24472847105479764, 0.6652409557748219] },
      { name: "equal logits", args: [[0, 0]], expected: [0.5, 0.5] },
      { name: "empty input", args: [[]], throws: true },
    ]),
  );
  fs.rmSync(path.join(dir, "mistakes"), { recursive: true });
  fs.mkdirSync(path.join(dir, "mistakes"));
  fs.writeFileSync(path.join(dir, "mistakes", "no-max-shift.ts"), CORRECT.replace("const m = Math.max(...z);", "const m = 0;"));
  fs.writeFileSync(path.join(dir, "mistakes", "no-normalisation.ts"), CORRECT.replace("return e.map((v) => v / s);", "return e;"));
  const softmaxMeta = JSON.parse(fs.readFileSync(path.join(dir, "exercise.json"), "utf8"));
  softmaxMeta.mistakes = [
    { id: "no-max-shift", title: "No max shift", hint: "Subtract the max first: use exp(z_i - m) with m = max(z)." },
    { id: "no-normalisation", title: "Not normalised", hint: "Divide every exponential by their sum." },
  ];
  fs.writeFileSync(path.join(dir, "exercise.json"), JSON.stringify(softmaxMeta));
  fs.writeFileSync(
    path.join(dir, "tests.ts"),
    `import { defineTests } from "@/lib/exercises/test-kit";
export default defineTests({
  fixed: [{ name: "empty input must throw", tier: "required", args: [[]], throws: true }],
  random: { seed: 7, count: 30, args: (fc) => fc.tuple(fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: 1, maxLength: 12 })) },
});
`,
  );
  // A second copy whose hidden test states a value the reference disagrees with.
  const broken = path.join(exercisesDir, "ml-math", "stated-wrong");
  fs.cpSync(dir, broken, { recursive: true });
  const meta = JSON.parse(fs.readFileSync(path.join(broken, "exercise.json"), "utf8"));
  fs.writeFileSync(path.join(broken, "exercise.json"), JSON.stringify({ ...meta, id: "stated-wrong", uuid: "0f5a3c1e-9d7b-4c2a-8e6f-1a2b3c4d5e6f" }));
  fs.writeFileSync(
    path.join(broken, "tests.ts"),
    `import { defineTests } from "@/lib/exercises/test-kit";
export default defineTests({ fixed: [{ name: "wrongly stated", args: [[0, 0]], expected: [0.4, 0.6] }] });
`,
  );
  process.env.GD_EXERCISES_DIR = exercisesDir; // inherited by the grading processes
  pool = new GraderPool({ size: 1 });
});

afterAll(async () => {
  await pool.close();
  process.env.GD_EXERCISES_DIR = saved;
  fs.rmSync(exercisesDir, { recursive: true, force: true });
});

describe("grading pipeline", () => {
  it("Run grades only the examples and says how many hidden tests did not run", async () => {
    const result = await pool.grade("softmax", CORRECT, "run");
    expect(result.verdict).toBe("accepted");
    expect(result.tests.every((test) => !test.hidden)).toBe(true);
    expect(result.total).toBe(3);
    expect(result.notRun).toBe(31);
    expect(result.message).toBe("3/3 examples passed — 31 hidden tests not run yet (Submit runs them)");
  });

  it("shrinks the first failing random case to a small counterexample", async () => {
    // Wrong only for vectors of 3 or more: the smallest failing input is three zeros.
    const wrong = CORRECT.replace("return e.map((v) => v / s);", "return z.length >= 3 ? e.map((v) => v / (s + 1)) : e.map((v) => v / s);");
    const result = await pool.grade("softmax", wrong, "submit");
    expect(result.verdict).toBe("wrong_answer");
    expect(result.failingCase?.shrunk).toBe(true);
    expect(result.failingCase?.input).toBe("z = [0, 0, 0]");
    expect(result.failingCase?.expected).toBe("[0.3333333333, 0.3333333333, 0.3333333333]");
    expect(result.failingCase?.actual).toBe("[0.25, 0.25, 0.25]");
  });

  it("names the known mistake a submission reproduces, and none for an unrelated bug", async () => {
    const noShift = CORRECT.replace("const m = Math.max(...z);", "const m = 0;");
    const diagnosed = await pool.grade("softmax", noShift, "submit");
    expect(diagnosed.verdict).toBe("wrong_answer");
    expect(diagnosed.mistake?.id).toBe("no-max-shift");
    expect(diagnosed.mistake?.hint).toContain("exp(z_i - m)");

    const unrelated = CORRECT.replace("return e.map((v) => v / s);", "return e.map((v) => v / s).reverse();");
    const undiagnosed = await pool.grade("softmax", unrelated, "submit");
    expect(undiagnosed.verdict).toBe("wrong_answer");
    expect(undiagnosed.mistake).toBeUndefined();
  });

  it("reports a syntax error as compile_error with line and column, and a throw as runtime_error", async () => {
    const syntax = await pool.grade("softmax", "export function softmax(z: number[]) {\n  return z.map((v) => v +;\n}", "submit");
    expect(syntax.verdict).toBe("compile_error");
    expect(syntax.compileError).toMatchObject({ line: 2 });
    expect(syntax.message).toContain("line 2");

    const throwing = await pool.grade("softmax", 'export function softmax(z: number[]): number[] {\n  throw new RangeError("nope");\n}', "submit");
    expect(throwing.verdict).toBe("runtime_error");
    expect(throwing.tests[0].message).toContain("RangeError: nope (line 2");
  });

  it("passes a must-throw case only when the function throws", async () => {
    const lenient = CORRECT.replace('if (z.length === 0) throw new Error("empty");', "if (z.length === 0) return [];");
    const result = await pool.grade("softmax", lenient, "submit");
    expect(result.verdict).toBe("wrong_answer");
    // The visible example and the hidden case of the same rule both fail, and nothing else.
    expect(result.passed).toBe(result.total - 2);
    const failed = result.tests.filter((test) => test.status !== "passed");
    expect(failed.map((test) => test.name)).toEqual(["empty input", "empty input must throw"]);
    expect(failed[1].message).toBe("expected an Error to be thrown for this input, but your function returned []");
  });

  it("refuses to grade an exercise whose reference disagrees with its own tests", async () => {
    const summary = await pool.describe("stated-wrong");
    expect(summary.authorErrors.join("\n")).toContain("disagrees with the stated expected value");
    await expect(pool.grade("stated-wrong", CORRECT, "submit")).rejects.toMatchObject({ code: "exercise_broken" });
    expect((await pool.grade("softmax", CORRECT, "submit")).verdict).toBe("accepted");
  });
});
